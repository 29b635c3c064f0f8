package vn.cascade.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * The local stack's trace collector: an OTLP/HTTP receiver (protobuf, {@code POST /v1/traces}, what the services'
 * Quarkus exporter sends with {@code quarkus.otel.exporter.otlp.traces.protocol=http/protobuf}) in the launcher's
 * JVM that appends every span it receives to a file, one JSON object a line:
 * {@code {"traceId","spanId","parentSpanId","service","name","kind","startNanos","endNanos","attributes":{…}}}.
 * {@code grep <trace id> spans.jsonl} follows one request across the services; the system tests read the file.
 * Jaeger and the OpenTelemetry collector are not Java artefacts on Maven Central, and the local stack runs without
 * Docker (docs/decisions.md, "Traces across services"); deploy/compose runs the real collector and a viewer.
 */
final class TraceReceiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Path file;
    private final BufferedWriter out;

    private TraceReceiver(int port, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        this.file = file;
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
    }

    /** Listens on loopback and appends to {@code file} (kept between runs, like the logs). */
    static TraceReceiver start(int port, Path file) throws IOException {
        TraceReceiver receiver = new TraceReceiver(port, file);
        receiver.server.start();
        return receiver;
    }

    /** The base URL to give the exporters; they post to {@code <endpoint>/v1/traces}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Path file() {
        return file;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try (InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            ExportTraceServiceRequest request;
            try {
                request = ExportTraceServiceRequest.parseFrom(body);
            } catch (InvalidProtocolBufferException e) {
                // Only protobuf is understood here (the Quarkus exporter sends nothing else).
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            write(lines(request));
            byte[] response = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, response.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(response);
            }
        }
    }

    /** The spans of one export, as JSON lines. */
    static List<String> lines(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        return request.getResourceSpansList().stream().flatMap(resource -> {
            String service = serviceName(resource);
            return resource.getScopeSpansList().stream().map(ScopeSpans::getSpansList).flatMap(List::stream)
                    .map(span -> line(span, service, hex));
        }).toList();
    }

    private static String line(Span span, String service, HexFormat hex) {
        ObjectNode node = JSON.createObjectNode();
        node.put("traceId", hex.formatHex(span.getTraceId().toByteArray()));
        node.put("spanId", hex.formatHex(span.getSpanId().toByteArray()));
        node.put("parentSpanId", hex.formatHex(span.getParentSpanId().toByteArray()));
        node.put("service", service);
        node.put("name", span.getName());
        node.put("kind", span.getKind().name().replace("SPAN_KIND_", ""));
        node.put("startNanos", span.getStartTimeUnixNano());
        node.put("endNanos", span.getEndTimeUnixNano());
        node.put("status", span.getStatus().getCode().name().replace("STATUS_CODE_", ""));
        ObjectNode attributes = node.putObject("attributes");
        for (KeyValue attribute : span.getAttributesList()) {
            attributes.put(attribute.getKey(), text(attribute.getValue()));
        }
        return node.toString();
    }

    private static String serviceName(ResourceSpans resource) {
        return resource.getResource().getAttributesList().stream().filter(kv -> kv.getKey().equals("service.name"))
                .map(kv -> text(kv.getValue())).findFirst().orElse("unknown");
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case INT_VALUE -> Long.toString(value.getIntValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString().strip();
        };
    }

    private synchronized void write(List<String> lines) throws IOException {
        for (String line : lines) {
            out.write(line);
            out.newLine();
        }
        out.flush();
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        try {
            out.close();
        } catch (IOException ignored) {
            // the spans written so far are flushed
        }
    }
}
