package vn.cascade.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Makes quarkus-oidc verify bearer tokens against the test key pair instead of a Keycloak server, so
 * security tests exercise real signature, issuer, audience and role checks with tokens from {@link TestTokens}.
 */
public class OidcTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.auth-server-url", "",
                "quarkus.oidc.public-key", publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER,
                "smallrye.jwt.sign.key.location", "cascade-test-private-key.pem");
    }

    @Override
    public void stop() {
    }

    private static String publicKey() {
        try (InputStream in = OidcTestResource.class.getResourceAsStream("/cascade-test-public-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
