package vn.cascade.common.security;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the user or client, its organisation and its roles, as the verified token says. */
@RequestScoped
public class Caller {

    /** Token claim carrying the code of the caller's organisation (set by a Keycloak mapper). */
    public static final String ORGANIZATION_CLAIM = "org_code";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Optional<String> organizationCode() {
        return claim(ORGANIZATION_CLAIM).filter(code -> !code.isBlank());
    }

    /** The OAuth client the call came through (portal, mobile app, admin console). */
    public Optional<String> clientId() {
        return claim("azp");
    }

    /**
     * A string claim, read from the verified claims themselves: {@link JsonWebToken#getClaim} first looks the name up
     * in MicroProfile's {@code Claims} enum, which throws (and is caught) for a name it does not know, such as
     * {@value #ORGANIZATION_CLAIM} — an exception per read on every request (docs/benchmarks.md, run 7e).
     */
    private Optional<String> claim(String name) {
        Object value = token instanceof OidcJwtCallerPrincipal oidc ? oidc.getClaims().getClaimValue(name)
                : token.getClaim(name);
        return value instanceof String text ? Optional.of(text) : Optional.empty();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
