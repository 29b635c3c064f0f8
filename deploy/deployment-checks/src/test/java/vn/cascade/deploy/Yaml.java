package vn.cascade.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** YAML and JSON read into plain maps and lists; a key given twice is an error, as it is for kubectl. */
final class Yaml {

    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder().build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Yaml() {
    }

    /** Every document of a file; empty documents (a trailing {@code ---}) are skipped. */
    static List<Object> documents(Path file) {
        List<Object> documents = new ArrayList<>();
        // Document by document: MappingIterator would unwrap a top-level list (a JSON 6902 patch).
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                Object document = YAML.readValue(parser, Object.class);
                if (document != null) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + Repository.ROOT.relativize(file) + ": " + e.getMessage(), e);
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> single(Path file) {
        List<Object> documents = documents(file);
        if (documents.size() != 1 || !(documents.get(0) instanceof Map)) {
            throw new IllegalStateException(Repository.ROOT.relativize(file) + " must hold exactly one mapping");
        }
        return (Map<String, Object>) documents.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Path file) {
        try {
            return JSON.readValue(file.toFile(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value at a path of map keys and list indexes, or null. */
    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map && step instanceof String key) {
                current = map.get(key);
            } else if (current instanceof List<?> list && step instanceof Integer index && index < list.size()) {
                current = list.get(index);
            } else {
                return null;
            }
        }
        return current;
    }

    static String text(Object node, Object... path) {
        Object value = at(node, path);
        return value == null ? null : Objects.toString(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, Object... path) {
        Object value = at(node, path);
        return value instanceof List ? (List<Object>) value : List.of();
    }

    /** A deep copy through JSON, so that patches never change a shared document. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T node) {
        try {
            return (T) JSON.readValue(JSON.writeValueAsBytes(node), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> orderedMap() {
        return new LinkedHashMap<>();
    }
}
