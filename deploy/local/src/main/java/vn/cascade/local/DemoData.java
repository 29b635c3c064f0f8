package vn.cascade.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Applies the demo data files of {@code deploy/local/demo/} in name order, each once, through the services'
 * public APIs with real tokens. A file is a list of steps:
 * <pre>
 * {"title": "…", "as": "vinhlinh.reporter" | "client:cascade-portal", "method": "POST",
 *  "url": "plan:/api/v1/plans/${p48}/issue", "body": {…}, "expect": [200],
 *  "save": {"p48": "id", "p48Version": "version"}, "retryFor": 30}
 * </pre>
 * {@code url} starts with the service (directive, plan, reporting). {@code ${name}} is replaced by a value saved
 * by an earlier step (a string that is only {@code ${name}} takes the saved JSON value, so versions stay numbers).
 * {@code retryFor} repeats the step for up to that many seconds until it answers as expected and every saved
 * path has a value: what another service learns from an event arrives a moment later.
 */
final class DemoData {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_]+)}");

    private final Path directory;
    private final Path appliedDir;
    private final Map<String, String> serviceUrls;
    private final Tokens tokens;
    private final Progress progress;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, JsonNode> saved = new HashMap<>();

    DemoData(Path directory, Path appliedDir, Map<String, String> serviceUrls, Tokens tokens, Progress progress) {
        this.directory = directory;
        this.appliedDir = appliedDir;
        this.serviceUrls = serviceUrls;
        this.tokens = tokens;
        this.progress = progress;
    }

    /** Applies the files not applied before; returns how many it applied. */
    int apply() throws IOException, InterruptedException {
        Files.createDirectories(appliedDir);
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = new java.util.ArrayList<>(
                    listing.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList());
        }
        // The 2025 reorganisation (demo/2025) after the story of 2022–2023, unless CASCADE_DEMO_REORGANISATION_2025=false:
        // the country as it is (docs/reorganisation-2025.md); the successors' people read their predecessors' records.
        Path reorganisation = directory.resolve("2025");
        if (!"false".equalsIgnoreCase(System.getenv("CASCADE_DEMO_REORGANISATION_2025")) && Files.isDirectory(reorganisation)) {
            try (Stream<Path> listing = Files.list(reorganisation)) {
                files.addAll(listing.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList());
            }
        }
        int applied = 0;
        for (Path file : files) {
            Path marker = appliedDir.resolve(file.getFileName().toString() + ".applied");
            if (Files.exists(marker)) {
                continue;
            }
            JsonNode document = json.readTree(file.toFile());
            progress.step("Demo data " + file.getFileName() + ": " + document.path("description").asText(""));
            for (JsonNode step : document.path("steps")) {
                run(step);
            }
            Files.writeString(marker, java.time.Instant.now().toString());
            applied++;
        }
        return applied;
    }

    private void run(JsonNode step) throws IOException, InterruptedException {
        String title = step.path("title").asText();
        String caller = step.path("as").asText();
        String method = step.path("method").asText("GET");
        String url = url(substitute(TextNode.valueOf(step.path("url").asText())).asText());
        String body = step.hasNonNull("body") ? json.writeValueAsString(substitute(step.get("body"))) : null;
        List<Integer> expected = step.has("expect")
                ? json.convertValue(step.get("expect"), json.getTypeFactory().constructCollectionType(List.class, Integer.class))
                : List.of(200, 201);
        long deadline = System.nanoTime() + step.path("retryFor").asLong(0) * 1_000_000_000L;
        while (true) {
            HttpResponse<String> response = Http.send(method, url, tokens.forCaller(caller), "application/json", body);
            String problem = null;
            Map<String, JsonNode> values = new HashMap<>();
            if (!expected.contains(response.statusCode())) {
                problem = method + " " + url + " as " + caller + " answered " + response.statusCode() + ": " + response.body();
            } else {
                JsonNode answer = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
                Iterator<Map.Entry<String, JsonNode>> saves = step.path("save").fields();
                while (saves.hasNext() && problem == null) {
                    Map.Entry<String, JsonNode> save = saves.next();
                    JsonNode value = at(answer, save.getValue().asText());
                    if (value == null || value.isNull() || value.isMissingNode()) {
                        problem = method + " " + url + " as " + caller + " has no " + save.getValue().asText()
                                + " yet: " + abbreviate(response.body());
                    } else {
                        values.put(save.getKey(), value);
                    }
                }
            }
            if (problem == null) {
                saved.putAll(values);
                progress.plain("          ✓ " + title);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Demo step '" + title + "' failed: " + problem
                        + "\n(If an earlier first start was interrupted, ./deploy/local/run --reset loads the demo data afresh.)");
            }
            Thread.sleep(500);
        }
    }

    private String url(String spec) {
        int colon = spec.indexOf(':');
        String base = serviceUrls.get(spec.substring(0, colon));
        if (base == null) {
            throw new IllegalArgumentException("Unknown service in demo url " + spec);
        }
        return base + spec.substring(colon + 1);
    }

    /** A dotted path into the answer: {@code items.0.id}. */
    private static JsonNode at(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = part.chars().allMatch(Character::isDigit) ? current.path(Integer.parseInt(part)) : current.path(part);
        }
        return current;
    }

    private JsonNode substitute(JsonNode node) {
        if (node.isTextual()) {
            String text = node.asText();
            Matcher whole = VARIABLE.matcher(text);
            if (whole.matches()) {
                return value(whole.group(1));
            }
            Matcher matcher = VARIABLE.matcher(text);
            StringBuilder replaced = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(replaced, Matcher.quoteReplacement(value(matcher.group(1)).asText()));
            }
            matcher.appendTail(replaced);
            return TextNode.valueOf(replaced.toString());
        }
        if (node.isObject()) {
            ObjectNode copy = json.createObjectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), substitute(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = json.createArrayNode();
            node.forEach(element -> copy.add(substitute(element)));
            return copy;
        }
        return node;
    }

    private JsonNode value(String name) {
        JsonNode value = saved.get(name);
        if (value == null) {
            throw new IllegalStateException("Demo data uses ${" + name + "} before a step saved it");
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
