package vn.cascade.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The launcher's control port routes each request to its component and answers once the action is done. */
class ControlTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldStopAndStartTheNamedComponentAndRefuseWhatItDoesNotKnow() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger starts = new AtomicInteger();
        Control.Component broker = Control.Component.of(() -> running.set(false), () -> {
            starts.incrementAndGet();
            running.set(true);
        }, running::get);
        Control.Component broken = Control.Component.of(() -> {
            throw new IllegalStateException("cannot stop");
        }, () -> { }, () -> true);
        try (Control control = Control.start(0, Map.of("kafka", broker, "broken", broken), new Progress())) {
            HttpResponse<String> stopped = send(control, "POST", "/kafka/stop");
            assertEquals(200, stopped.statusCode(), stopped.body());
            assertTrue(stopped.body().startsWith("kafka stopped after "), stopped.body());
            assertEquals(false, running.get());
            assertTrue(send(control, "GET", "/").body().contains("kafka stopped"));

            HttpResponse<String> started = send(control, "POST", "/kafka/start/");
            assertEquals(200, started.statusCode(), started.body());
            assertEquals(true, running.get());
            assertEquals(1, starts.get());

            assertEquals(405, send(control, "GET", "/kafka/stop").statusCode());
            assertEquals(1, starts.get(), "a GET changes nothing");
            assertEquals(404, send(control, "POST", "/postgres/stop").statusCode());
            assertEquals(404, send(control, "POST", "/kafka/pause").statusCode());
            HttpResponse<String> failed = send(control, "POST", "/broken/stop");
            assertEquals(500, failed.statusCode());
            assertTrue(failed.body().contains("cannot stop"), failed.body());
        }
    }

    @Test
    void shouldBeOffUnlessAskedFor() {
        assertEquals(false, Control.enabled(java.util.List.of("--restart")));
        assertEquals(true, Control.enabled(java.util.List.of("--no-demo", "--control")));
    }

    private HttpResponse<String> send(Control control, String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(control.url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
