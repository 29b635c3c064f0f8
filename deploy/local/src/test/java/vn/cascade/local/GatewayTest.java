package vn.cascade.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway of the local stack in front of three stand-in services that answer with their name. */
class GatewayTest {

    private final List<HttpServer> services = new java.util.ArrayList<>();
    private Gateway gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path openApi;

    @BeforeEach
    void start() throws IOException {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String name : List.of("directive", "plan", "reporting")) {
            HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            service.createContext("/", exchange -> {
                byte[] request = exchange.getRequestBody().readAllBytes();
                String answer = name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + new String(request, StandardCharsets.UTF_8);
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("ETag", "\"7\"");
                for (String forwarded : List.of("X-Forwarded-Host", "X-Forwarded-Proto", "X-Forwarded-Port", "X-Forwarded-For")) {
                    List<String> values = exchange.getRequestHeaders().get(forwarded);
                    if (values != null) {
                        exchange.getResponseHeaders().set("Seen-" + forwarded, String.join(" | ", values));
                    }
                }
                exchange.sendResponseHeaders(name.equals("plan") && request.length > 0 ? 201 : 200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            service.start();
            services.add(service);
            urls.put(name, "http://127.0.0.1:" + service.getAddress().getPort());
        }
        gateway = Gateway.start(0, urls, openApi);
    }

    @AfterEach
    void stop() {
        gateway.close();
        services.forEach(service -> service.stop(0));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI at(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + gateway.port() + pathAndQuery);
    }

    @Test
    void shouldRouteEveryApiPathToTheServiceThatOwnsIt() {
        assertEquals(Optional.of("directive"), Gateway.serviceFor("/api/v1/organizations"));
        assertEquals(Optional.of("directive"), Gateway.serviceFor("/api/v1/organizations/TU-QUANGTRI/children"));
        assertEquals(Optional.of("reporting"), Gateway.serviceFor("/api/v1/organizations/TU-QUANGTRI/contacts"));
        assertEquals(Optional.of("reporting"), Gateway.serviceFor("/api/v1/organizations/TU-QUANGTRI/contacts/1"));
        assertEquals(Optional.of("directive"), Gateway.serviceFor("/api/v1/directives/by-symbol"));
        assertEquals(Optional.of("directive"), Gateway.serviceFor("/api/v1/admin/directive/clock"));
        assertEquals(Optional.of("plan"), Gateway.serviceFor("/api/v1/plans/import"));
        assertEquals(Optional.of("plan"), Gateway.serviceFor("/api/v1/cascade"));
        assertEquals(Optional.of("plan"), Gateway.serviceFor("/api/v1/admin/plan/dead-letters/replay"));
        assertEquals(Optional.of("reporting"), Gateway.serviceFor("/api/v1/rollups"));
        assertEquals(Optional.of("reporting"), Gateway.serviceFor("/api/v1/admin/reporting/audit"));
        assertEquals(Optional.empty(), Gateway.serviceFor("/api/v1/plansx"));
        assertEquals(Optional.empty(), Gateway.serviceFor("/q/health"));
    }

    @Test
    void shouldForwardMethodQueryHeadersAndBodyAndReturnTheServicesAnswer() throws Exception {
        HttpResponse<String> list = send(HttpRequest.newBuilder(at("/api/v1/directives?q=ngh%E1%BB%8B%20quy%E1%BA%BFt&size=5"))
                .header("Authorization", "Bearer t0k3n"));
        assertEquals(200, list.statusCode());
        assertEquals("directive GET /api/v1/directives?q=ngh%E1%BB%8B%20quy%E1%BA%BFt&size=5 Bearer t0k3n ", list.body());
        assertEquals("\"7\"", list.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> created = send(HttpRequest.newBuilder(at("/api/v1/plans"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"symbol\":\"68-KH/HU\"}")).header("Authorization", "Bearer x"));
        assertEquals(201, created.statusCode());
        assertEquals("plan POST /api/v1/plans Bearer x {\"symbol\":\"68-KH/HU\"}", created.body());
    }

    @Test
    void shouldAnswer404ForAPathNoServiceServesAndServeTheMergedDocument() throws Exception {
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(at("/q/metrics")));
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElseThrow());

        assertEquals(404, send(HttpRequest.newBuilder(at("/openapi.yaml"))).statusCode());
        Files.writeString(openApi.resolve("cascade-openapi.yaml"), "openapi: 3.1.0\n");
        HttpResponse<String> document = send(HttpRequest.newBuilder(at("/openapi.yaml")));
        assertEquals(200, document.statusCode());
        assertEquals("openapi: 3.1.0\n", document.body());
    }

    @Test
    void shouldTellTheServiceTheAddressTheClientUsedAndNotWhatTheClientClaims() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(at("/api/v1/plans?size=1"))
                .header("X-Forwarded-Host", "attacker.example").header("X-Forwarded-Proto", "https"));
        assertEquals(200, answer.statusCode());
        // the Host the client sent to the gateway, the gateway's scheme and port, the client's address
        assertEquals("127.0.0.1:" + gateway.port(), answer.headers().firstValue("Seen-X-Forwarded-Host").orElseThrow());
        assertEquals("http", answer.headers().firstValue("Seen-X-Forwarded-Proto").orElseThrow());
        assertEquals(Integer.toString(gateway.port()), answer.headers().firstValue("Seen-X-Forwarded-Port").orElseThrow());
        assertEquals("127.0.0.1", answer.headers().firstValue("Seen-X-Forwarded-For").orElseThrow());
    }

    @Test
    void shouldAnswer502WhenTheServiceIsDown() throws Exception {
        services.get(2).stop(0);
        assertEquals(502, send(HttpRequest.newBuilder(at("/api/v1/reports"))).statusCode());
    }
}
