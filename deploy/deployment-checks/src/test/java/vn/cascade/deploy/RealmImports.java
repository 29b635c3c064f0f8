package vn.cascade.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The KeycloakRealmImport of each overlay, derived from the realm files of deploy/keycloak so that they can never
 * drift apart: production imports deploy/keycloak/cascade-realm.json (no people, no password grant, the portal
 * client's secret a placeholder filled from a Kubernetes Secret); the dev (demo) overlay imports
 * deploy/keycloak/demo/cascade-realm.json, the same realm plus the demo users, the password-grant client
 * {@code cascade-cli}, Swagger UI's client {@code cascade-swagger-ui} and the portal's demo secret.
 */
final class RealmImports {

    static final String REALM_FILE = "deploy/keycloak/cascade-realm.json";
    static final String DEMO_REALM_FILE = "deploy/keycloak/demo/cascade-realm.json";
    static final String PORTAL_CLIENT = "cascade-portal";
    static final String DEMO_CLIENT = "cascade-cli";
    /** Swagger UI's public client: the local stack only (production switches Swagger UI off). */
    static final String SWAGGER_UI_CLIENT = "cascade-swagger-ui";
    static final String PORTAL_SECRET_PLACEHOLDER = "CASCADE_PORTAL_CLIENT_SECRET";
    static final String PORTAL_SECRET = "cascade-keycloak-portal-client";
    /** Overlays that may carry the demo realm; every other overlay is production. */
    static final java.util.Set<String> DEMO_OVERLAYS = java.util.Set.of("dev");

    private static final ObjectMapper WRITER = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private RealmImports() {
    }

    /** The production realm. */
    static Map<String, Object> realm() {
        return Yaml.json(Repository.path(REALM_FILE));
    }

    static Map<String, Object> demoRealm() {
        return Yaml.json(Repository.path(DEMO_REALM_FILE));
    }

    static boolean isDemoOverlay(java.nio.file.Path overlay) {
        return DEMO_OVERLAYS.contains(overlay.getFileName().toString());
    }

    /**
     * The demo realm without what only a demo may have: people (users that are not a client's service account),
     * the password-grant client, and the portal secret written out instead of the production placeholder.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withoutDemoAdditions(Map<String, Object> demo) {
        Map<String, Object> realm = Yaml.copy(demo);
        List<Object> users = new ArrayList<>();
        for (Object user : Yaml.list(realm, "users")) {
            if (Yaml.text(user, "serviceAccountClientId") != null) {
                users.add(user);
            }
        }
        realm.put("users", users);
        List<Object> clients = new ArrayList<>();
        for (Object client : Yaml.list(realm, "clients")) {
            String clientId = Yaml.text(client, "clientId");
            if (DEMO_CLIENT.equals(clientId) || SWAGGER_UI_CLIENT.equals(clientId)) {
                continue;
            }
            if (PORTAL_CLIENT.equals(clientId)) {
                ((Map<String, Object>) client).put("secret", "${" + PORTAL_SECRET_PLACEHOLDER + "}");
            }
            clients.add(client);
        }
        realm.put("clients", clients);
        return realm;
    }

    static Map<String, Object> dev(String keycloakName) {
        return realmImport(keycloakName, demoRealm(), null);
    }

    static Map<String, Object> production(String keycloakName) {
        Map<String, Object> placeholders = Map.of(PORTAL_SECRET_PLACEHOLDER,
                Map.of("secret", Map.of("name", PORTAL_SECRET, "key", "client-secret")));
        return realmImport(keycloakName, realm(), placeholders);
    }

    private static Map<String, Object> realmImport(String keycloakName, Map<String, Object> realm, Map<String, Object> placeholders) {
        Map<String, Object> spec = Yaml.orderedMap();
        spec.put("keycloakCRName", keycloakName);
        if (placeholders != null) {
            spec.put("placeholders", placeholders);
        }
        spec.put("realm", realm);
        Map<String, Object> metadata = Yaml.orderedMap();
        metadata.put("name", "cascade-realm");
        Map<String, Object> document = Yaml.orderedMap();
        document.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        document.put("kind", "KeycloakRealmImport");
        document.put("metadata", metadata);
        document.put("spec", spec);
        return document;
    }

    static String toYaml(Map<String, Object> document, String comment) {
        try {
            return comment + WRITER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
