package vn.cascade.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The spans the local stack's trace receiver wrote (deploy/local TraceReceiver: one JSON object a line). */
final class Spans {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Spans() {
    }

    /** Every span of the trace {@code traceId} received so far. */
    static List<JsonNode> ofTrace(Path file, String traceId) {
        List<JsonNode> spans = new ArrayList<>();
        if (!Files.exists(file)) {
            return spans;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.contains(traceId)) {
                    JsonNode span = JSON.readTree(line);
                    if (traceId.equals(span.path("traceId").asText())) {
                        spans.add(span);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }

    static boolean is(JsonNode span, String service, String kind) {
        return service.equals(span.path("service").asText()) && kind.equals(span.path("kind").asText());
    }

    static String attribute(JsonNode span, String name) {
        return span.path("attributes").path(name).asText("");
    }
}
