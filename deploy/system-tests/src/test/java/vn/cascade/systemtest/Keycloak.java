package vn.cascade.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the stack's Keycloak: a demo user's (password {@code demo}) through the password
 * grant of {@code cascade-cli}, which exists for the demo and the tests only; the portal's through the client
 * credentials of {@code cascade-portal}. Cached until shortly before they expire.
 */
public final class Keycloak {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String tokenUrl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Keycloak(RunningStack stack) {
        this.tokenUrl = stack.realmUrl() + "/protocol/openid-connect/token";
    }

    /** A demo user's access token. */
    public String user(String username) {
        return token(username, Map.of("grant_type", "password", "client_id", "cascade-cli", "username", username,
                "password", "demo"));
    }

    /** The portal's service-account token (organisation VPTW, role reader). */
    public String portal() {
        return token("client:cascade-portal", Map.of("grant_type", "client_credentials", "client_id", "cascade-portal",
                "client_secret", "cascade-portal-demo-secret"));
    }

    private String token(String key, Map<String, String> form) {
        Cached cached = cache.get(key);
        if (cached != null && cached.expiresAtNanos() > System.nanoTime()) {
            return cached.token();
        }
        String body = form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak gave no token for " + key + ": " + response.statusCode() + " "
                        + response.body());
            }
            JsonNode token = JSON.readTree(response.body());
            long lifetime = Math.max(5, token.path("expires_in").asLong(60) - 30);
            Cached fresh = new Cached(token.path("access_token").asText(), System.nanoTime() + lifetime * 1_000_000_000L);
            cache.put(key, fresh);
            return fresh.token();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + tokenUrl + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private record Cached(String token, long expiresAtNanos) {
    }
}
