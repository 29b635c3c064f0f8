package vn.cascade.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

/**
 * The launcher's control port for the fault suite ({@code deploy/local/run --control}, or
 * {@code CASCADE_LOCAL_CONTROL=true}): on loopback only, off unless asked for. {@code POST /<component>/stop} and
 * {@code POST /<component>/start} stop and start a component the launcher runs in its own process — the embedded
 * PostgreSQL (same data directory and port) and the Kafka node (same log and ports) — and {@code GET /} lists
 * whether each runs. An answer comes once the action is done (200, with how long it took); an unknown component
 * is a 404, another method a 405, a failure a 500 with its message. Its URL is {@code CONTROL_URL} in stack.env.
 */
final class Control implements AutoCloseable {

    /** What the control port can stop and start. */
    interface Component {
        void stop() throws Exception;

        void start() throws Exception;

        boolean running();

        static Component of(Action stop, Action start, BooleanSupplier running) {
            return new Component() {
                @Override
                public void stop() throws Exception {
                    stop.run();
                }

                @Override
                public void start() throws Exception {
                    start.run();
                }

                @Override
                public boolean running() {
                    return running.getAsBoolean();
                }
            };
        }
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private final HttpServer server;
    private final Map<String, Component> components;
    private final Progress progress;

    private Control(HttpServer server, Map<String, Component> components, Progress progress) {
        this.server = server;
        this.components = components;
        this.progress = progress;
    }

    /** Whether the launcher was asked for its control port. */
    static boolean enabled(java.util.List<String> options) {
        return options.contains("--control") || Boolean.parseBoolean(System.getenv("CASCADE_LOCAL_CONTROL"));
    }

    static Control start(int port, Map<String, Component> components, Progress progress) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        Control control = new Control(server, new LinkedHashMap<>(components), progress);
        server.createContext("/", control::handle);
        // One action at a time: a stop and a start of the same component never overlap.
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "launcher-control");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return control;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().replaceAll("^/+|/+$", "").split("/");
            if (parts.length == 1 && parts[0].isEmpty()) {
                StringBuilder status = new StringBuilder();
                components.forEach((name, component) -> status.append(name).append(' ')
                        .append(component.running() ? "running" : "stopped").append('\n'));
                answer(exchange, 200, status.toString());
                return;
            }
            Component component = parts.length == 2 ? components.get(parts[0]) : null;
            if (component == null || !(parts[1].equals("stop") || parts[1].equals("start"))) {
                answer(exchange, 404, "unknown: " + exchange.getRequestURI().getPath() + "; known: POST /{"
                        + String.join(",", components.keySet()) + "}/{stop,start}\n");
                return;
            }
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                answer(exchange, 405, "POST only\n");
                return;
            }
            long started = System.nanoTime();
            try {
                if (parts[1].equals("stop")) {
                    component.stop();
                } else {
                    component.start();
                }
            } catch (Exception e) {
                progress.step("Control: " + parts[0] + " " + parts[1] + " failed: " + e);
                answer(exchange, 500, parts[0] + " " + parts[1] + " failed: " + e + "\n");
                return;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            progress.step("Control: " + parts[0] + " " + (parts[1].equals("stop") ? "stopped" : "started") + " in "
                    + millis + " ms");
            answer(exchange, 200, parts[0] + " " + (component.running() ? "running" : "stopped") + " after "
                    + millis + " ms\n");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
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
