package vn.cascade.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realm the launcher imports lets Swagger UI sign in on the ports the stack really uses. */
class SwaggerUiRedirectsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldAllowTheStacksPortsForSwaggerUiOnlyAndKeepTheRestOfTheRealm() throws Exception {
        String file = Files.readString(Path.of("../keycloak/demo/cascade-realm.json"));
        JsonNode before = JSON.readTree(file);
        JsonNode after = JSON.readTree(SwaggerUiRedirects.allow(file, List.of(41234, 8081)));

        List<String> redirects = redirects(after, SwaggerUiRedirects.CLIENT);
        assertTrue(redirects.contains("http://localhost:41234/q/swagger-ui/oauth2-redirect.html"), redirects::toString);
        assertTrue(redirects.contains("http://127.0.0.1:41234/q/swagger-ui/oauth2-redirect.html"), redirects::toString);
        // a port the file already names is not listed twice
        assertEquals(1, redirects.stream().filter("http://localhost:8081/q/swagger-ui/oauth2-redirect.html"::equals).count());
        assertEquals(redirects(before, SwaggerUiRedirects.CLIENT).size() + 2, redirects.size());
        // every other client and the rest of the realm as in the file
        assertEquals(redirects(before, "cascade-mobile"), redirects(after, "cascade-mobile"));
        assertEquals(before.path("users"), after.path("users"));
        assertEquals(before.size(), after.size());
    }

    private static List<String> redirects(JsonNode realm, String clientId) {
        List<String> uris = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                client.path("redirectUris").forEach(uri -> uris.add(uri.asText()));
            }
        }
        return uris;
    }
}
