package vn.cascade.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix of docs/security.md, generated from the service's own OpenAPI document: every operation
 * (by operationId) called by every persona with a real signed token, its outcome compared with the service's table
 * {@code src/test/resources/authorization-matrix.csv}. An operation without a row, or a row without an operation,
 * fails the test, so a new endpoint cannot ship without its row.
 *
 * <p>Outcomes: {@code 401}, {@code 403}, {@code 404} (the caller may not know the object exists) and
 * {@code allowed}: any other status below 500 (a 2xx, or a 4xx about the input or the object's state, such as 400,
 * 409, 422). A 5xx is always a mismatch.
 *
 * <p>A service's test extends this class with {@code @QuarkusTest}, builds a small hierarchy and the objects in
 * {@link #prepare()}, and names the personas' tokens and the values of each operation's path, query and body.
 */
public abstract class AuthorizationMatrixContract {

    /** The columns of every table, in this order. */
    public static final List<String> PERSONAS = List.of("admin", "central-issuer", "provincial-issuer",
            "department-clerk", "district-reporter", "reviewer", "inspector", "portal", "other-province", "anonymous",
            "forged");

    private static final Set<String> OUTCOMES = Set.of("allowed", "401", "403", "404");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final ObjectMapper json = new ObjectMapper();

    /** Registers the hierarchy and creates the objects the operations are called on; runs once, before the calls. */
    protected abstract void prepare();

    /** The bearer token of each persona of {@link #PERSONAS} (none for {@code anonymous}). */
    protected abstract Map<String, String> tokens();

    /** The value of a path parameter; by default a random id, which an authorised caller answers with 404. */
    protected String pathValue(String operationId, String parameter) {
        return UUID.randomUUID().toString();
    }

    /** Query parameters to send. */
    protected Map<String, String> query(String operationId) {
        return Map.of();
    }

    /** The body of an operation that takes one; by default an empty JSON object. */
    protected String body(String operationId) {
        return "{}";
    }

    /** The table, from the test class path. */
    protected String table() {
        return "/authorization-matrix.csv";
    }

    @Test
    void shouldAnswerEveryOperationForEveryPersonaAsTheTableSays() throws IOException {
        JsonNode openapi = json.readTree(given().accept("application/json").get("/q/openapi").asString());
        Map<String, Operation> operations = operations(openapi);
        assertTrue(operations.size() > 3, "the OpenAPI document lists the operations");
        Map<String, Map<String, String>> expected = readTable();

        Set<String> withoutRow = new TreeSet<>(operations.keySet());
        withoutRow.removeAll(expected.keySet());
        Set<String> withoutOperation = new TreeSet<>(expected.keySet());
        withoutOperation.removeAll(operations.keySet());
        assertEquals(Set.of(), withoutRow, "operations of the OpenAPI document without a row in " + table());
        assertEquals(Set.of(), withoutOperation, "rows of " + table() + " naming no operation of the OpenAPI document");

        prepare();
        Map<String, String> tokens = tokens();
        assertEquals(new TreeSet<>(PERSONAS), new TreeSet<>(tokens.keySet()), "a token (or null) for every persona");
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Operation> entry : operations.entrySet()) {
            String operationId = entry.getKey();
            for (String persona : PERSONAS) {
                String expectedOutcome = expected.get(operationId).get(persona);
                Response response = send(operationId, entry.getValue(), tokens.get(persona));
                String actual = outcome(response.statusCode());
                checked++;
                if (!actual.equals(expectedOutcome)) {
                    mismatches.add(operationId + " " + persona + " " + expectedOutcome + "→" + actual
                            + " (" + response.statusCode() + ")");
                }
            }
        }
        System.out.printf("%s: %d operations × %d personas = %d calls checked against %s, %d mismatches%n",
                getClass().getSimpleName(), operations.size(), PERSONAS.size(), checked, table(), mismatches.size());
        mismatches.forEach(mismatch -> System.out.println("  mismatch: " + mismatch));
        assertEquals(List.of(), mismatches, "operationId persona expected→actual");
    }

    private Response send(String operationId, Operation operation, String token) {
        Matcher parameter = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(path, Matcher.quoteReplacement(pathValue(operationId, parameter.group(1))));
        }
        parameter.appendTail(path);
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        query(operationId).forEach(request::queryParam);
        JsonNode content = operation.node().path("requestBody").path("content");
        if (content.has("application/json")) {
            request.contentType("application/json").body(body(operationId));
        } else if (content.has("text/plain")) {
            request.contentType("text/plain; charset=UTF-8").body(body(operationId));
        }
        return request.request(operation.method().toUpperCase(), path.toString());
    }

    private static String outcome(int status) {
        return switch (status) {
            case 401, 403, 404 -> Integer.toString(status);
            default -> status >= 500 ? Integer.toString(status) : "allowed";
        };
    }

    private record Operation(String method, String path, JsonNode node) {
    }

    private Map<String, Operation> operations(JsonNode openapi) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    String operationId = method.getValue().path("operationId").asText();
                    assertTrue(!operationId.isBlank(), method.getKey() + " " + path.getKey() + " has no operationId");
                    operations.put(operationId, new Operation(method.getKey(), path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    /** operationId → persona → outcome; lines starting with # are comments, saying why a row is what it is. */
    private Map<String, Map<String, String>> readTable() throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        try (InputStream stream = getClass().getResourceAsStream(table())) {
            assertTrue(stream != null, "the table " + table() + " is on the test class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            List<String> header = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.strip().split("\\s*,\\s*"));
                if (header == null) {
                    header = cells;
                    assertEquals("operationId", header.getFirst(), "the table's first column");
                    assertEquals(PERSONAS, header.subList(1, header.size()), "the table's persona columns");
                    continue;
                }
                assertEquals(header.size(), cells.size(), "cells in the row " + line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i < cells.size(); i++) {
                    assertTrue(OUTCOMES.contains(cells.get(i)), "outcome " + cells.get(i) + " in row " + line
                            + " is one of " + OUTCOMES);
                    row.put(header.get(i), cells.get(i));
                }
                assertTrue(rows.put(cells.getFirst(), row) == null, "one row for " + cells.getFirst());
            }
        }
        return rows;
    }
}
