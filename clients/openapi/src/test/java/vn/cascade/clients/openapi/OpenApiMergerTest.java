package vn.cascade.clients.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode yaml(String text) throws Exception {
        return YAML.readTree(text);
    }

    private static final String HEADER = """
            openapi: 3.1.0
            info: {title: Cascade API, version: '1'}
            servers: [{url: 'http://localhost:8080'}]
            components:
              securitySchemes:
                keycloak: {type: openIdConnect, openIdConnectUrl: 'https://sso.example/realms/cascade/.well-known/openid-configuration'}
            """;

    private static final String DIRECTIVE = """
            openapi: 3.1.0
            tags: [{name: Directives, description: d}, {name: Clock, description: c}]
            paths:
              /api/v1/directives:
                get: {operationId: listDirectives, tags: [Directives], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}}}
              /api/v1/admin/directive/clock:
                get: {operationId: getClock, tags: [Clock], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/ClockState'}}}}}}
            components:
              schemas:
                Page: {type: object, properties: {items: {type: array}}}
                ClockState: {type: object, properties: {instant: {type: string}}}
              securitySchemes:
                keycloak: {type: openIdConnect, openIdConnectUrl: 'http://localhost:8180/realms/cascade/.well-known/openid-configuration'}
            """;

    private static final String PLAN = """
            openapi: 3.1.0
            tags: [{name: Plans, description: p}, {name: Clock, description: other}]
            paths:
              /api/v1/plans:
                get: {operationId: listPlans, tags: [Plans], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}}}
              /api/v1/admin/plan/clock:
                get: {operationId: getClock, tags: [Clock], responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/ClockState'}}}}}}
            components:
              schemas:
                Page: {type: object, properties: {plans: {type: array}}}
                ClockState: {type: object, properties: {instant: {type: string}}}
            """;

    private static List<String> keys(JsonNode node) {
        List<String> keys = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private ObjectNode merge(String... documents) throws Exception {
        List<String> names = List.of("directive", "plan", "reporting");
        List<OpenApiMerger.Source> sources = new java.util.ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            sources.add(new OpenApiMerger.Source(names.get(i), yaml(documents[i])));
        }
        return new OpenApiMerger((ObjectNode) yaml(HEADER)).merge(sources);
    }

    @Test
    void shouldServeEveryServicesPathsUnderOneDocument() throws Exception {
        JsonNode merged = merge(DIRECTIVE, PLAN);

        assertEquals(List.of("/api/v1/admin/directive/clock", "/api/v1/admin/plan/clock", "/api/v1/directives",
                "/api/v1/plans"), keys(merged.get("paths")));
        assertEquals("http://localhost:8080", merged.at("/servers/0/url").asText());
        assertEquals(List.of("Directives", "Clock", "Plans"),
                merged.get("tags").findValuesAsText("name"));
        assertEquals("d", merged.at("/tags/0/description").asText());
    }

    @Test
    void shouldQualifyAnOperationIdTwoServicesShareWithTheServiceName() throws Exception {
        JsonNode merged = merge(DIRECTIVE, PLAN);

        assertEquals("directiveGetClock", merged.at("/paths/~1api~1v1~1admin~1directive~1clock/get/operationId").asText());
        assertEquals("planGetClock", merged.at("/paths/~1api~1v1~1admin~1plan~1clock/get/operationId").asText());
        assertEquals("listPlans", merged.at("/paths/~1api~1v1~1plans/get/operationId").asText());
    }

    @Test
    void shouldKeepAnIdenticalComponentOnceAndRenameADifferentOneWithItsReferences() throws Exception {
        JsonNode merged = merge(DIRECTIVE, PLAN);

        JsonNode schemas = merged.at("/components/schemas");
        assertEquals(List.of("ClockState", "Page", "PlanPage"), keys(schemas));
        assertTrue(schemas.at("/PlanPage/properties").has("plans"));
        assertEquals("#/components/schemas/PlanPage",
                merged.at("/paths/~1api~1v1~1plans/get/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("#/components/schemas/Page",
                merged.at("/paths/~1api~1v1~1directives/get/responses/200/content/application~1json/schema/$ref").asText());
    }

    @Test
    void shouldKeepTheHeadersSecuritySchemeOverTheServices() throws Exception {
        JsonNode merged = merge(DIRECTIVE, PLAN);

        assertEquals("https://sso.example/realms/cascade/.well-known/openid-configuration",
                merged.at("/components/securitySchemes/keycloak/openIdConnectUrl").asText());
        assertEquals(1, merged.at("/components/securitySchemes").size());
    }

    @Test
    void shouldRefuseAPathTwoServicesServe() throws Exception {
        String clash = DIRECTIVE.replace("/api/v1/admin/directive/clock", "/api/v1/admin/plan/clock");

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> merge(clash, PLAN));
        assertTrue(failure.getMessage().contains("/api/v1/admin/plan/clock"), failure.getMessage());
    }
}
