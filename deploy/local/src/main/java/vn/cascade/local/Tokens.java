package vn.cascade.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * Real access tokens from the stack's Keycloak: a demo user's through the demo-only password grant of
 * {@code cascade-cli}, or a portal's through the client credentials of {@code cascade-portal}.
 */
final class Tokens {

    static final String DEMO_PASSWORD = "demo";
    static final String PORTAL_CLIENT = "cascade-portal";
    static final String PORTAL_SECRET = "cascade-portal-demo-secret";

    private final String tokenUrl;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Cached> cache = new HashMap<>();

    Tokens(String realmUrl) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
    }

    /** {@code client:cascade-portal} for the portal's service account, else a demo user's name. */
    String forCaller(String caller) throws IOException, InterruptedException {
        Cached cached = cache.get(caller);
        if (cached != null && cached.expiresAtNanos() > System.nanoTime()) {
            return cached.token();
        }
        Map<String, String> form = caller.equals("client:" + PORTAL_CLIENT)
                ? Map.of("grant_type", "client_credentials", "client_id", PORTAL_CLIENT, "client_secret", PORTAL_SECRET)
                : Map.of("grant_type", "password", "client_id", "cascade-cli", "username", caller, "password", DEMO_PASSWORD);
        HttpResponse<String> response = Http.send("POST", tokenUrl, null, "application/x-www-form-urlencoded", Http.form(form));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak gave no token for " + caller + ": " + response.statusCode() + " " + response.body());
        }
        JsonNode body = json.readTree(response.body());
        String token = body.path("access_token").asText();
        long lifetime = Math.max(10, body.path("expires_in").asLong(60) - 30);
        cache.put(caller, new Cached(token, System.nanoTime() + lifetime * 1_000_000_000L));
        return token;
    }

    private record Cached(String token, long expiresAtNanos) {
    }
}
