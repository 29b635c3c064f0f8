package vn.cascade.common.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an attacker sends, generated from the service's own OpenAPI document: every operation, called by every
 * persona (admin, issuer, reporter, reviewer, reader, no token, a forged token) with hostile path and query
 * values and bodies (malformed, wrong types, unknown fields, huge or control-character strings, deep nesting).
 * Seeded, so a failure can be replayed. The service must answer every request without a 5xx, every error with a
 * problem body, and a refused write must change no row. A service's test extends this class with
 * {@code @QuarkusTest}.
 */
public abstract class HostileInputContract {

    private static final Pattern UUID_PATTERN = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    /** Tables a refused request may touch: its own audit line; and what the relay updates on its own schedule. */
    private static final Set<String> BOOKKEEPING = Set.of("audit_entry", "flyway_schema_history", "outbox_event",
            "processed_event", "idempotent_request", "dead_letter");

    private static final String[] HOSTILE_STRINGS = {
            "", "%00", "a%00b", "%27%20OR%20%271%27%3D%271", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", "-1",
            "2147483648", "99999999999999999999", "NaN", "1e309", "null", "%E1%BB", "%C3%28", "%0D%0ASet-Cookie:x",
            "%F0%9F%92%A5", "Ngh%E1%BB%8B%20quy%E1%BA%BFt", "%20%20", "x".repeat(600), "0000-00-00",
            "00000000-0000-0000-0000-000000000000"};
    private static final String[] HOSTILE_JSON_VALUES = {
            "null", "\"\"", "\"\\u0000\"", "-1", "1e309", "99999999999999999999999", "\"" + "x".repeat(20_000) + "\"",
            "[]", "{}", "true", "\"2025-02-30\"", "\"' OR 1=1 --\"", "\"\\ud800\"", "[[[[[[[[[[]]]]]]]]]]", "0.0000001"};

    /** Documents for operations that read text (the plan importer): empty, binary, endless, one huge line. */
    private static final String[] HOSTILE_TEXTS = {
            "", "\u0000\u0001\u0002", "KẾ HOẠCH\n".repeat(5_000), "a".repeat(200_000), "Số: 68-KH/HU\n\u0000",
            "- \n".repeat(20_000), "I. MỤC TIÊU\n1. Đến năm 2030: " + "100% ".repeat(5_000)};

    @Inject
    EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();
    private String fingerprintQuery;

    /** How many requests one run sends; the three services together send well over 5,000. */
    protected int requests() {
        return 2_000;
    }

    /** Fixed so that a failure replays; change it to explore. */
    protected long seed() {
        return 20_261_201L;
    }

    /** The personas, each a bearer token or none; organisations should exist in the service's data where possible. */
    protected Map<String, String> personas() {
        Map<String, String> personas = new TreeMap<>();
        personas.put("admin", TestTokens.user("fuzz.admin", "BCHTW", "admin"));
        personas.put("issuer", TestTokens.user("fuzz.issuer", "HU-VINHLINH", "issuer"));
        personas.put("reporter", TestTokens.user("fuzz.reporter", "HU-VINHLINH", "reporter"));
        personas.put("reviewer", TestTokens.user("fuzz.reviewer", "TU-QUANGTRI", "reviewer"));
        personas.put("reader", TestTokens.user("fuzz.reader", "VPTW", "reader"));
        personas.put("forged", TestTokens.tampered(TestTokens.user("fuzz.forged", "BCHTW", "admin")));
        personas.put("anonymous", null);
        return personas;
    }

    @Test
    void shouldAnswerHostileInputWithProblemsAndWriteNothingWhenRefusing() throws Exception {
        JsonNode openapi = json.readTree(given().accept("application/json").get("/q/openapi").asString());
        List<Operation> operations = operations(openapi);
        assertTrue(operations.size() > 3, "the OpenAPI document lists the operations");
        Random random = new Random(seed());
        List<String> personaNames = new ArrayList<>(personas().keySet());
        Set<String> knownIds = harvestIds(operations);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Long> before = settledFingerprint();
        for (int i = 0; i < requests() && failures.size() < 20; i++) {
            Operation operation = operations.get(i % operations.size());
            String persona = personaNames.get(random.nextInt(personaNames.size()));
            Attempt attempt = attempt(openapi, operation, persona, knownIds, random);
            Response response;
            try {
                response = attempt.send();
            } catch (RuntimeException e) {
                failures.add(attempt + " → client refused to send: " + e.getMessage());
                continue;
            }
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String contentType = String.valueOf(response.contentType());
            if (status >= 500) {
                failures.add(attempt + " → " + status + " " + abbreviate(response.asString()));
            } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
                failures.add(attempt + " → " + status + " with " + contentType + ": " + abbreviate(response.asString()));
            }
            if (WRITES.contains(operation.method)) {
                Map<String, Long> after = fingerprint();
                if (status >= 400 && !after.equals(before)) {
                    failures.add(attempt + " → " + status + " but rows changed: " + difference(before, after));
                }
                before = after;
            }
        }
        System.out.printf("%s: %d hostile requests over %d operations, statuses %s%n", getClass().getSimpleName(),
                statuses.values().stream().mapToInt(Integer::intValue).sum(), operations.size(), statuses);
        assertEquals(List.of(), failures, "statuses seen: " + statuses);
        assertTrue(statuses.keySet().stream().anyMatch(status -> status < 300), "some requests got through: " + statuses);
    }

    private record Operation(String method, String path, JsonNode node) {
    }

    private final class Attempt {
        final Operation operation;
        final String persona;
        final String path;
        final Map<String, String> query = new TreeMap<>();
        String body;
        String contentType = "application/json";

        Attempt(Operation operation, String persona, String path) {
            this.operation = operation;
            this.persona = persona;
            this.path = path;
        }

        Response send() {
            RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
            String token = personas().get(persona);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            query.forEach(request::queryParam);
            if (body != null) {
                request.contentType(contentType).body(body);
            }
            return request.request(operation.method.toUpperCase(), path);
        }

        @Override
        public String toString() {
            return persona + " " + operation.method.toUpperCase() + " " + path + (query.isEmpty() ? "" : " " + query)
                    + (body == null ? "" : " body " + abbreviate(body));
        }
    }

    private Attempt attempt(JsonNode openapi, Operation operation, String persona, Set<String> knownIds, Random random) {
        String path = operation.path;
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(operation.path);
        StringBuilder filled = new StringBuilder();
        while (parameter.find()) {
            String value = random.nextInt(3) == 0 && !knownIds.isEmpty()
                    ? pick(new ArrayList<>(knownIds), random) : pick(HOSTILE_STRINGS, random);
            parameter.appendReplacement(filled, Matcher.quoteReplacement(value.isEmpty() ? "%20" : value));
        }
        parameter.appendTail(filled);
        path = filled.toString();
        Attempt attempt = new Attempt(operation, persona, path);
        for (JsonNode declared : operation.node.path("parameters")) {
            if ("query".equals(declared.path("in").asText()) && random.nextBoolean()) {
                attempt.query.put(declared.path("name").asText(), pick(HOSTILE_STRINGS, random));
            }
        }
        if (random.nextInt(8) == 0) {
            attempt.query.put("page", pick(new String[] {"2147483647", "-1", "99999999999"}, random));
        }
        JsonNode content = operation.node.path("requestBody").path("content");
        JsonNode body = content.path("application/json").path("schema");
        if (!body.isMissingNode()) {
            attempt.body = hostileBody(openapi, body, random);
        } else if (content.has("text/plain")) {
            attempt.contentType = "text/plain; charset=UTF-8";
            attempt.body = pick(HOSTILE_TEXTS, random);
        }
        return attempt;
    }

    private String hostileBody(JsonNode openapi, JsonNode schema, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "{\"truncated\": ";
            case 1 -> "[" .repeat(2_000) + "]".repeat(2_000);
            case 2 -> pick(HOSTILE_JSON_VALUES, random);
            default -> instance(openapi, schema, random, 0);
        };
    }

    /** An object shaped like the schema, with hostile values in some fields and sometimes a field it does not know. */
    private String instance(JsonNode openapi, JsonNode schema, Random random, int depth) {
        JsonNode resolved = resolve(openapi, schema);
        if (depth > 4) {
            return "null";
        }
        if (resolved.has("enum")) {
            return random.nextInt(4) == 0 ? "\"NOT_A_VALUE\"" : resolved.get("enum").get(random.nextInt(resolved.get("enum").size())).toString();
        }
        String type = resolved.path("type").asText("object");
        if (random.nextInt(5) == 0) {
            return pick(HOSTILE_JSON_VALUES, random);
        }
        return switch (type) {
            case "string" -> switch (resolved.path("format").asText()) {
                case "date" -> "\"2025-06-30\"";
                case "uuid" -> "\"" + java.util.UUID.randomUUID() + "\"";
                case "date-time" -> "\"2025-06-30T00:00:00Z\"";
                default -> "\"Kế hoạch " + random.nextInt(1000) + "\"";
            };
            case "integer", "number" -> Integer.toString(random.nextInt(200) - 20);
            case "boolean" -> Boolean.toString(random.nextBoolean());
            case "array" -> "[" + instance(openapi, resolved.path("items"), random, depth + 1) + "]";
            default -> {
                StringBuilder object = new StringBuilder("{");
                Iterator<Map.Entry<String, JsonNode>> fields = resolved.path("properties").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (random.nextInt(4) > 0) {
                        object.append(object.length() > 1 ? "," : "").append("\"").append(field.getKey()).append("\"")
                                .append(':').append(instance(openapi, field.getValue(), random, depth + 1));
                    }
                }
                if (random.nextInt(3) == 0) {
                    object.append(object.length() > 1 ? "," : "").append("\"fuzzUnknownField\": 1");
                }
                yield object.append('}').toString();
            }
        };
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String[] parts = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = openapi;
            for (String part : parts) {
                target = target.path(part);
            }
            current = target;
        }
        if (current.has("allOf") && current.get("allOf").size() > 0) {
            return resolve(openapi, current.get("allOf").get(0));
        }
        return current;
    }

    private List<Operation> operations(JsonNode openapi) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                // A live stream (text/event-stream) has no end to wait for: its bounds are tested where it lives.
                boolean stream = method.getValue().path("responses").path("200").path("content")
                        .has("text/event-stream");
                if (Set.of("get", "post", "put", "patch", "delete").contains(method.getKey()) && !stream) {
                    operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    /** Real ids the admin can read, so that some hostile requests reach a real object. */
    private Set<String> harvestIds(List<Operation> operations) {
        Set<String> ids = new LinkedHashSet<>();
        String admin = personas().get("admin");
        for (Operation operation : operations) {
            if (operation.method.equals("get") && !operation.path.contains("{")) {
                String answer = given().header("Authorization", "Bearer " + admin).get(operation.path).asString();
                Matcher found = UUID_PATTERN.matcher(answer);
                while (found.find() && ids.size() < 50) {
                    ids.add(found.group());
                }
            }
        }
        return ids;
    }

    /** Waits until consumers of earlier tests' events have caught up, so that only this test's requests change rows. */
    private Map<String, Long> settledFingerprint() throws InterruptedException {
        Map<String, Long> previous = fingerprint();
        for (int i = 0; i < 30; i++) {
            Thread.sleep(500);
            Map<String, Long> current = fingerprint();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    /** Per table of the service: its row count and the newest transaction that wrote a row, in one query. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (fingerprintQuery == null) {
                List<String> tables = entityManager.createNativeQuery("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""").getResultList();
                fingerprintQuery = tables.stream().filter(table -> !BOOKKEEPING.contains(table))
                        .map(table -> "SELECT '" + table + "', count(*), coalesce(max(xmin::text::bigint), 0) FROM " + table)
                        .reduce((left, right) -> left + " UNION ALL " + right).orElse("SELECT 'none', 0, 0");
            }
            Map<String, Long> fingerprint = new TreeMap<>();
            for (Object[] row : (List<Object[]>) entityManager.createNativeQuery(fingerprintQuery).getResultList()) {
                fingerprint.put((String) row[0], ((Number) row[1]).longValue() * 1_000_000_007L + ((Number) row[2]).longValue());
            }
            return fingerprint;
        });
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, value) -> {
            if (!value.equals(before.get(table))) {
                changed.add(table);
            }
        });
        return changed.toString();
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
