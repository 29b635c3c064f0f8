package vn.cascade.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo realm as the launcher imports it: Swagger UI's public client ({@code cascade-swagger-ui}) also accepts
 * the redirect of the ports this stack really uses (free ones in the system tests, or CASCADE_*_PORT), besides the
 * usual 8080–8083 of the realm file. Exact URIs, no wildcard: the client stays as narrow as in the file.
 */
final class SwaggerUiRedirects {

    static final String CLIENT = "cascade-swagger-ui";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SwaggerUiRedirects() {
    }

    /** The realm JSON with {@code http://localhost:<port>/q/swagger-ui/oauth2-redirect.html} allowed for each port. */
    static String allow(String realmJson, List<Integer> ports) {
        try {
            JsonNode realm = JSON.readTree(realmJson);
            for (JsonNode client : realm.path("clients")) {
                if (CLIENT.equals(client.path("clientId").asText()) && client instanceof ObjectNode object) {
                    ArrayNode redirects = object.withArray("redirectUris");
                    Set<String> present = new HashSet<>();
                    redirects.forEach(uri -> present.add(uri.asText()));
                    for (int port : ports) {
                        for (String host : List.of("localhost", "127.0.0.1")) {
                            String uri = "http://" + host + ":" + port + "/q/swagger-ui/oauth2-redirect.html";
                            if (present.add(uri)) {
                                redirects.add(uri);
                            }
                        }
                    }
                }
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo realm is not valid JSON", e);
        }
    }
}
