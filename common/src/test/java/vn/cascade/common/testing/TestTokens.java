package vn.cascade.common.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bearer tokens shaped like Keycloak's (realm roles, organisation code, audience), signed with the test key. */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.cascade.test/realms/cascade";
    public static final String AUDIENCE = "cascade-api";

    private TestTokens() {
    }

    /** A token for a user of the given organisation holding the given realm roles. */
    public static String user(String username, String organizationCode, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(username)
                .upn(username)
                .audience(AUDIENCE)
                .claim("azp", "cascade-test")
                .claim("org_code", organizationCode)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .groups(Set.of(roles))
                .sign();
    }

    /** The same token with its signature altered: must be rejected with 401. */
    public static String tampered(String token) {
        int signatureStart = token.lastIndexOf('.') + 1;
        char[] chars = token.toCharArray();
        chars[signatureStart + 5] = chars[signatureStart + 5] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
