package vn.cascade.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's OTLP/HTTP receiver, fed the protobuf an OpenTelemetry exporter sends. */
class TraceReceiverTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldWriteEachSpanOfAnExportAsAJsonLineWithItsServiceAndTrace() throws Exception {
        Path file = dir.resolve("traces/spans.jsonl");
        try (TraceReceiver receiver = TraceReceiver.start(0, file)) {
            HttpResponse<byte[]> plain = post(receiver.endpoint() + "/v1/traces", export("plan-service", "00f067aa0ba902b7",
                    Span.SpanKind.SPAN_KIND_SERVER, "POST /api/v1/plans/{id}/issue").toByteArray(), false);
            assertEquals(200, plain.statusCode());
            assertEquals("application/x-protobuf", plain.headers().firstValue("Content-Type").orElse(""));
            HttpResponse<byte[]> gzipped = post(receiver.endpoint() + "/v1/traces", export("reporting-service",
                    "1111111111111111", Span.SpanKind.SPAN_KIND_CONSUMER, "cascade.plans.v1 process").toByteArray(), true);
            assertEquals(200, gzipped.statusCode());
            assertEquals(400, post(receiver.endpoint() + "/v1/traces", new byte[] {(byte) 0xff, 0x01}, false).statusCode());
            assertEquals(404, post(receiver.endpoint() + "/v1/metrics", new byte[0], false).statusCode());
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size(), String.join("\n", lines));
        ObjectMapper json = new ObjectMapper();
        JsonNode server = json.readTree(lines.get(0));
        assertEquals(TRACE_ID, server.get("traceId").asText());
        assertEquals("00f067aa0ba902b7", server.get("spanId").asText());
        assertEquals("plan-service", server.get("service").asText());
        assertEquals("SERVER", server.get("kind").asText());
        assertEquals("POST /api/v1/plans/{id}/issue", server.get("name").asText());
        assertEquals("200", server.get("attributes").get("http.response.status_code").asText());
        assertEquals("vn.cascade.plan.issued", server.get("attributes").get("cloudevents.event_type").asText());
        JsonNode consumer = json.readTree(lines.get(1));
        assertEquals(TRACE_ID, consumer.get("traceId").asText());
        assertEquals("reporting-service", consumer.get("service").asText());
        assertEquals("CONSUMER", consumer.get("kind").asText());
    }

    private static ExportTraceServiceRequest export(String service, String spanId, Span.SpanKind kind, String name) {
        HexFormat hex = HexFormat.of();
        Span span = Span.newBuilder().setTraceId(ByteString.copyFrom(hex.parseHex(TRACE_ID)))
                .setSpanId(ByteString.copyFrom(hex.parseHex(spanId))).setName(name).setKind(kind)
                .setStartTimeUnixNano(1_000L).setEndTimeUnixNano(2_000L)
                .addAttributes(KeyValue.newBuilder().setKey("http.response.status_code").setValue(AnyValue.newBuilder().setIntValue(200)))
                .addAttributes(KeyValue.newBuilder().setKey("cloudevents.event_type")
                        .setValue(AnyValue.newBuilder().setStringValue("vn.cascade.plan.issued")))
                .build();
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAttributes(KeyValue.newBuilder().setKey("service.name")
                        .setValue(AnyValue.newBuilder().setStringValue(service))))
                .addScopeSpans(ScopeSpans.newBuilder().addSpans(span))).build();
    }

    private HttpResponse<byte[]> post(String url, byte[] body, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-protobuf");
        if (gzip) {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
                out.write(body);
            }
            body = packed.toByteArray();
            request.header("Content-Encoding", "gzip");
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
