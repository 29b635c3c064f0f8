package vn.cascade.clients.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The three services' OpenAPI documents as one: the API surface a client sees through the gateway, one base URL.
 *
 * <p>Rules, so that the result is the same on every build and a clash is a build failure rather than a surprise
 * in an SDK:
 * <ul>
 *   <li>a path served by two services fails the merge (the gateway could route it to one only);</li>
 *   <li>a component (schema, response, parameter …) that two services define identically is kept once; one they
 *       define differently is renamed in the later service's document, prefixed with the service's name
 *       ({@code Page} → {@code ReportingPage}), and every {@code $ref} of that document follows;</li>
 *   <li>an operationId used by two services (the administration every service has: {@code getClock},
 *       {@code listAuditEntries} …) is prefixed with the service's name in every service that uses it
 *       ({@code directiveGetClock}, {@code planGetClock}), so each SDK method names the service it reaches;</li>
 *   <li>tags are the union, the first description wins; a security scheme the header defines replaces the
 *       services' one of that name (they name the local Keycloak, the header the gateway's).</li>
 * </ul>
 */
public final class OpenApiMerger {

    private static final List<String> HTTP_METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** One service's document and the short name it is known by ({@code directive}, {@code plan} …). */
    public record Source(String service, JsonNode document) {
    }

    private final ObjectNode header;

    /**
     * @param header what the merged document says about itself: {@code openapi}, {@code info}, {@code servers},
     *               optionally {@code security}; its {@code components.securitySchemes}, if any, are kept.
     */
    public OpenApiMerger(ObjectNode header) {
        this.header = header;
    }

    public ObjectNode merge(List<Source> sources) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode merged = header.deepCopy();
        ObjectNode paths = nodes.objectNode();
        ObjectNode components = merged.has("components") ? (ObjectNode) merged.get("components") : nodes.objectNode();
        Map<String, ObjectNode> tags = new LinkedHashMap<>();
        Map<String, String> pathOwner = new HashMap<>();
        Map<String, Integer> operationIdUses = countOperationIds(sources);

        for (Source source : sources) {
            ObjectNode document = source.document().deepCopy();
            renameClashingComponents(source.service(), document, components);
            qualifyDuplicateOperationIds(source.service(), document, operationIdUses);
            document.path("paths").fields().forEachRemaining(path -> {
                String owner = pathOwner.putIfAbsent(path.getKey(), source.service());
                if (owner != null) {
                    throw new IllegalStateException("Path " + path.getKey() + " is served by both " + owner + " and "
                            + source.service() + "; one gateway cannot route it to both");
                }
                paths.set(path.getKey(), path.getValue());
            });
            document.path("components").fields().forEachRemaining(kind -> {
                ObjectNode target = components.has(kind.getKey()) ? (ObjectNode) components.get(kind.getKey())
                        : components.putObject(kind.getKey());
                kind.getValue().fields().forEachRemaining(entry -> {
                    if (!target.has(entry.getKey())) {
                        target.set(entry.getKey(), entry.getValue());
                    }
                });
            });
            for (JsonNode tag : document.path("tags")) {
                tags.putIfAbsent(tag.path("name").asText(), (ObjectNode) tag);
            }
        }
        ArrayNode tagList = nodes.arrayNode();
        tags.values().forEach(tagList::add);
        merged.set("tags", tagList);
        merged.set("paths", sortedByKey(paths));
        ObjectNode sortedComponents = nodes.objectNode();
        components.fields().forEachRemaining(kind -> sortedComponents.set(kind.getKey(), sortedByKey((ObjectNode) kind.getValue())));
        merged.set("components", sortedComponents);
        return merged;
    }

    private static Map<String, Integer> countOperationIds(List<Source> sources) {
        Map<String, Integer> uses = new HashMap<>();
        for (Source source : sources) {
            for (ObjectNode operation : operations(source.document())) {
                if (operation.hasNonNull("operationId")) {
                    uses.merge(operation.get("operationId").asText(), 1, Integer::sum);
                }
            }
        }
        return uses;
    }

    private static void qualifyDuplicateOperationIds(String service, ObjectNode document, Map<String, Integer> uses) {
        for (ObjectNode operation : operations(document)) {
            String id = operation.path("operationId").asText(null);
            if (id != null && uses.getOrDefault(id, 0) > 1) {
                operation.put("operationId", service + Character.toUpperCase(id.charAt(0)) + id.substring(1));
            }
        }
    }

    private static List<ObjectNode> operations(JsonNode document) {
        List<ObjectNode> operations = new ArrayList<>();
        document.path("paths").forEach(item -> HTTP_METHODS.forEach(method -> {
            if (item.get(method) instanceof ObjectNode operation) {
                operations.add(operation);
            }
        }));
        return operations;
    }

    /** Renames, in {@code document}, each component that {@code merged} already holds with another definition. */
    private static void renameClashingComponents(String service, ObjectNode document, ObjectNode merged) {
        if (!(document.get("components") instanceof ObjectNode components)) {
            return;
        }
        String prefix = service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1);
        Map<String, String> renames = new HashMap<>();
        components.fields().forEachRemaining(kind -> {
            if (kind.getKey().equals("securitySchemes")) {
                return; // referenced by name, not by $ref: the header's definition is the one the API has
            }
            JsonNode existing = merged.path(kind.getKey());
            ObjectNode renamed = JsonNodeFactory.instance.objectNode();
            kind.getValue().fields().forEachRemaining(entry -> {
                JsonNode other = existing.get(entry.getKey());
                if (other != null && !other.equals(entry.getValue())) {
                    String newName = prefix + entry.getKey();
                    renames.put("#/components/" + kind.getKey() + "/" + entry.getKey(),
                            "#/components/" + kind.getKey() + "/" + newName);
                    renamed.set(newName, entry.getValue());
                } else {
                    renamed.set(entry.getKey(), entry.getValue());
                }
            });
            kind.setValue(renamed);
        });
        if (!renames.isEmpty()) {
            rewriteRefs(document, renames);
        }
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renames.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renames.get(ref.asText())));
            }
            object.forEach(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> rewriteRefs(child, renames));
        }
    }

    private static ObjectNode sortedByKey(ObjectNode node) {
        ObjectNode sorted = JsonNodeFactory.instance.objectNode();
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        keys.stream().sorted().forEach(key -> sorted.set(key, node.get(key)));
        return sorted;
    }

    private static ObjectMapper yaml() {
        return new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build());
    }

    /**
     * {@code OpenApiMerger <header.yaml> <output.yaml> <service>=<openapi.yaml>...}: writes the merged document
     * (YAML, and JSON beside it with the extension {@code .json}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: OpenApiMerger <header.yaml> <output.yaml> <service>=<openapi.yaml>...");
        }
        ObjectMapper yaml = yaml();
        ObjectNode header = (ObjectNode) yaml.readTree(Path.of(args[0]).toFile());
        List<Source> sources = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String[] parts = args[i].split("=", 2);
            sources.add(new Source(parts[0], yaml.readTree(Path.of(parts[1]).toFile())));
        }
        ObjectNode merged = new OpenApiMerger(header).merge(sources);
        Path output = Path.of(args[1]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        yaml.writeValue(output.toFile(), merged);
        String json = output.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".json";
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(output.resolveSibling(json).toFile(), merged);
        System.out.printf("Merged %d paths from %s into %s%n", merged.get("paths").size(),
                sources.stream().map(Source::service).toList(), output);
    }
}
