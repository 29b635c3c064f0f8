package vn.cascade.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every Cascade service promises operators and SDK generators. A service's test extends this
 * class and annotates it with {@code @QuarkusTest}.
 */
public abstract class ServiceContract {

    @Test
    void shouldReportReadyWithItsDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldDocumentEveryOperationForSdkGeneration() {
        JsonPath openapi = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String where = method.toUpperCase() + " " + path;
            if (operation.get("operationId") == null) {
                gaps.add(where + ": no operationId");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (operation.get("security") != null || !path.startsWith("/q/")) {
                for (String status : List.of("401", "403")) {
                    if (responses == null || !responses.containsKey(status)) {
                        gaps.add(where + ": no " + status + " response");
                    }
                }
            }
            if (responses != null) {
                responses.forEach((status, response) -> {
                    if (status.matches("[45]\\d\\d") && !hasProblemBody(response)) {
                        gaps.add(where + ": " + status + " without the Problem body (application/problem+json)");
                    }
                });
            }
        }));
        assertTrue(gaps.isEmpty(), "OpenAPI gaps: " + gaps);
        assertTrue(openapi.getMap("components.schemas").containsKey("Problem"),
                "the Problem schema is documented");
    }

    /**
     * Operations documented before this rule, still without a description ({@code "GET /api/v1/…"}): a service
     * lists them here to be described over time; the list may only shrink, and a new operation is never on it.
     */
    protected java.util.Set<String> operationsAwaitingADescription() {
        return java.util.Set.of();
    }

    @Test
    void shouldDescribeEveryOperationAndParameter() {
        JsonPath openapi = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> gaps = new ArrayList<>();
        java.util.Set<String> awaiting = operationsAwaitingADescription();
        List<String> describedMeanwhile = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.startsWith("/q/") || !(operation instanceof Map)) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            if (isBlank(operation.get("summary"))) {
                gaps.add(where + ": no summary");
            }
            if (isBlank(operation.get("description")) && !awaiting.contains(where)) {
                gaps.add(where + ": no description");
            }
            if (!isBlank(operation.get("description")) && awaiting.contains(where)) {
                describedMeanwhile.add(where);
            }
            Object parameters = operation.get("parameters");
            if (parameters instanceof List<?> list) {
                for (Object parameter : list) {
                    if (parameter instanceof Map<?, ?> map && map.get("$ref") == null && isBlank(map.get("description"))) {
                        gaps.add(where + ": parameter " + map.get("name") + " (" + map.get("in") + ") has no description");
                    }
                }
            }
        }));
        assertTrue(gaps.isEmpty(), gaps.size() + " OpenAPI description gaps: " + String.join("\n", gaps));
        assertTrue(describedMeanwhile.isEmpty(), "described now, take them off operationsAwaitingADescription(): "
                + describedMeanwhile);
    }

    private static boolean isBlank(Object text) {
        return !(text instanceof String string) || string.isBlank();
    }

    private static boolean hasProblemBody(Object response) {
        Object content = response instanceof Map<?, ?> map ? map.get("content") : null;
        Object mediaType = content instanceof Map<?, ?> map ? map.get("application/problem+json") : null;
        Object schema = mediaType instanceof Map<?, ?> map ? map.get("schema") : null;
        return schema instanceof Map<?, ?> map && "#/components/schemas/Problem".equals(map.get("$ref"));
    }

    @Test
    void shouldNameEverySchemaOnceForSdkGeneration() {
        JsonPath openapi = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        // SmallRye numbers the second of two types with the same simple name (Unit, Unit1): the SDKs would
        // get a class named Unit1. Give one of them @Schema(name = ...).
        List<String> numbered = openapi.getMap("components.schemas").keySet().stream()
                .map(String::valueOf)
                .filter(name -> name.matches(".*[A-Za-z]\\d+"))
                .toList();
        assertTrue(numbered.isEmpty(), "schema names that clash with another type's: " + numbered);
    }
}
