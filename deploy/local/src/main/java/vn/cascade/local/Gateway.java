package vn.cascade.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * The local stack's one base URL: a reverse proxy in the launcher's JVM (the JDK's HTTP server and client, no
 * Docker, no Caddy) that routes each API path to the service that owns it, as Caddy does in deploy/compose and the
 * Ingress in deploy/k8s. It also serves the merged OpenAPI document of clients/openapi at {@code /openapi.yaml}
 * and {@code /openapi.json} when it has been built.
 */
final class Gateway implements AutoCloseable {

    /** A path pattern and the service that serves it; the first match wins. */
    record Route(Pattern path, String service) {
    }

    /**
     * The route table, the same as deploy/compose/caddy/Caddyfile and deploy/k8s/base/ingress.yaml (checked by
     * deploy/deployment-checks). Reporting comes first: the contacts of an organisation live under the
     * organisations' path but belong to reporting-service.
     */
    static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile("^/api/v1/(organizations/[^/]+/contacts|obligations|reports|rollups|indicators|notifications|admin/reporting)(/.*)?$"), "reporting"),
            new Route(Pattern.compile("^/api/v1/(plans|tasks|cascade|admin/plan)(/.*)?$"), "plan"),
            new Route(Pattern.compile("^/api/v1/(organizations|directives|documents|admin/directive)(/.*)?$"), "directive"));

    /** Hop-by-hop headers and those the JDK client sets itself; never copied across. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length", "expect",
            "http2-settings", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for",
            "forwarded");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> serviceUrls;
    private final Path openApiDirectory;

    private Gateway(int port, Map<String, String> serviceUrls, Path openApiDirectory) throws IOException {
        this.serviceUrls = Map.copyOf(serviceUrls);
        this.openApiDirectory = openApiDirectory;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
    }

    /** Starts serving on loopback; {@code serviceUrls} maps directive, plan, reporting to their base URLs. */
    static Gateway start(int port, Map<String, String> serviceUrls, Path openApiDirectory) throws IOException {
        Gateway gateway = new Gateway(port, serviceUrls, openApiDirectory);
        gateway.server.start();
        return gateway;
    }

    int port() {
        return server.getAddress().getPort();
    }

    static Optional<String> serviceFor(String path) {
        return ROUTES.stream().filter(route -> route.path().matcher(path).matches()).map(Route::service).findFirst();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/openapi.yaml") || path.equals("/openapi.json")) {
                serveOpenApi(exchange, path.substring(1));
                return;
            }
            Optional<String> service = serviceFor(path);
            if (service.isEmpty()) {
                respond(exchange, 404, "application/problem+json",
                        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No service serves "
                                + path.replace("\"", "%22") + " behind the gateway\"}");
                return;
            }
            forward(exchange, serviceUrls.get(service.get()));
        } catch (IOException | RuntimeException e) {
            // The client has gone, or the service is down: a 502 if nothing was sent yet.
            if (exchange.getResponseCode() == -1) {
                respond(exchange, 502, "application/problem+json",
                        "{\"type\":\"about:blank\",\"title\":\"Bad Gateway\",\"status\":502}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close(); // after the catch blocks, which may still answer 502
        }
    }

    private void forward(HttpExchange exchange, String serviceUrl) throws IOException, InterruptedException {
        String query = exchange.getRequestURI().getRawQuery();
        URI target = URI.create(serviceUrl + exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query));
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(2))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        // The JDK client sets Host itself (the service's address); the address the client used travels as
        // X-Forwarded-Host, with the scheme and port, which the services of the local stack are told to believe.
        String host = exchange.getRequestHeaders().getFirst("Host");
        request.header("X-Forwarded-Host", host != null ? host : "localhost:" + port());
        request.header("X-Forwarded-Proto", "http");
        request.header("X-Forwarded-Port", Integer.toString(port()));
        request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        long length = response.headers().firstValueAsLong("Content-Length").orElse(0);
        boolean noBody = exchange.getRequestMethod().equals("HEAD") || response.statusCode() == 204
                || response.statusCode() == 304 || length == 0 && response.headers().firstValue("Content-Length").isPresent();
        try (InputStream in = response.body()) {
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    in.transferTo(out);
                }
            }
        }
    }

    private void serveOpenApi(HttpExchange exchange, String file) throws IOException {
        Path document = openApiDirectory.resolve("cascade-openapi" + file.substring(file.indexOf('.')));
        if (!Files.isRegularFile(document)) {
            respond(exchange, 404, "text/plain", "Not built yet: ./mvnw -B -DskipTests package -pl clients/openapi -am");
            return;
        }
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        respond(exchange, 200, file.endsWith(".json") ? "application/json" : "application/yaml",
                Files.readString(document));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
