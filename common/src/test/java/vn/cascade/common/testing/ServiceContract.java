package vn.cascade.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * What every Cascade service promises operators and SDK generators. A service's test extends this
 * class and annotates it with {@code @QuarkusTest}.
 */
public abstract class ServiceContract {

    /**
     * Ready means the API can be served: the database. The broker is in the messaging group, so that a Kafka outage
     * delays events (the outbox holds them) without taking every replica out of the Service.
     */
    @Test
    void shouldReportReadyWithItsDatabaseAndTheBrokerInTheMessagingGroup() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", not(hasItem(containsString("Kafka"))));
        given().when().get("/q/health/group/messaging")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka broker"))
                .body("checks.name", hasItem("Messaging workers"));
    }

    @Test
    void shouldBeAliveWhileItsOutboxRelayAndConsumerRun() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Messaging workers' }.status", equalTo("UP"));
    }

    /** Every name of deploy/observability/metric-names.txt this contract vouches for, for this service. */
    @Test
    void shouldExposeEveryMetricTheDashboardAndAlertsUse() throws IOException {
        given().when().get(adminPath("audit")).then().statusCode(401); // at least one HTTP request measured
        String metrics = given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .extract().asString();
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(metricNames())) {
            String[] fields = line.trim().split("\\s+", 3);
            if (line.isBlank() || line.startsWith("#") || fields.length < 3 || !fields[2].equals("ServiceContract")
                    || !(fields[1].equals("all") || fields[1].equals(service))) {
                continue;
            }
            if (!Pattern.compile("(?m)^" + Pattern.quote(fields[0]) + "[{ ]").matcher(metrics).find()) {
                missing.add(fields[0]);
            }
        }
        assertTrue(missing.isEmpty(), service + " does not expose " + missing);
    }

    /** This service's administration path: /api/v1/admin/{directive,plan,reporting}/… (docs/clients.md). */
    private static String adminPath(String tail) {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        return "/api/v1/admin/" + service.replace("-service", "") + "/" + tail;
    }

    private static Path metricNames() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path names = dir.resolve("deploy/observability/metric-names.txt");
            if (Files.isRegularFile(names)) {
                return names;
            }
        }
        throw new IllegalStateException("deploy/observability/metric-names.txt not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * Every connection of the pool ended by the server (a restart, a failover, an operator's pg_terminate_backend):
     * the pool validates a connection before handing it out, so the next requests are answered, not a 500, and the
     * replica stays ready (a check that validated a pooled connection without borrowing it reported it not ready).
     */
    @Test
    void shouldAnswerTheNextRequestAfterTheDatabaseEndedItsConnections() {
        String admin = TestTokens.bearer(TestTokens.user("admin", "BCHTW", "admin"));
        given().header("Authorization", admin).when().get(adminPath("audit")).then().statusCode(200);
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        int ended = terminateBackends(url, database);
        assertTrue(ended > 0, "the pool held connections to end");
        given().when().get("/q/health/ready").then().statusCode(200);
        for (int request = 0; request < 5; request++) {
            given().header("Authorization", admin).when().get(adminPath("audit")).then().statusCode(200);
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    private static int terminateBackends(String url, String database) {
        String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement statement = connection.prepareStatement("SELECT count(pg_terminate_backend(pid))"
                        + " FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            statement.setString(1, database);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end the service's connections", e);
        }
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
