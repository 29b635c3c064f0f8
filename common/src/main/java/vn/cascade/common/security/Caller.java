package vn.cascade.common.security;

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
        return Optional.ofNullable(token.<String>getClaim(ORGANIZATION_CLAIM)).filter(code -> !code.isBlank());
    }

    /** The OAuth client the call came through (portal, mobile app, admin console). */
    public Optional<String> clientId() {
        return Optional.ofNullable(token.<String>getClaim("azp"));
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }
}
