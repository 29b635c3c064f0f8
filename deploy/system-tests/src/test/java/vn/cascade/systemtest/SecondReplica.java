package vn.cascade.systemtest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second replica of a service of the running stack, for the fault suite: the same command and environment as the
 * launcher's replica (read from /proc, Linux only), on other ports; the two share the database and the consumer
 * group, as replicas in a cluster do. Stopped when closed.
 */
final class SecondReplica implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private SecondReplica(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    static SecondReplica start(RunningStack stack, String service) throws IOException {
        String jar = service + "-service/target/quarkus-app/quarkus-run.jar";
        ProcessHandle first = ProcessHandle.of(stack.launcherPid).orElseThrow().descendants()
                .filter(handle -> handle.info().arguments().map(arguments -> String.join(" ", arguments).contains(jar))
                        .orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no process runs " + jar));
        List<String> command = split(Files.readAllBytes(Path.of("/proc", Long.toString(first.pid()), "cmdline")));
        Path cwd = Path.of("/proc", Long.toString(first.pid()), "cwd").toRealPath();
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        for (String entry : split(Files.readAllBytes(Path.of("/proc", Long.toString(first.pid()), "environ")))) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                env.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        int port = freePort();
        int managementPort = freePort();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        Path log = stack.tracesFile.getParent().resolveSibling("logs").resolve(service + "-service-2.log");
        Files.createDirectories(log.getParent());
        builder.redirectOutput(log.toFile());
        System.out.printf("Stack faults: a second %s-service on port %d (log %s)%n", service, port, log);
        return new SecondReplica(builder.start(), port, managementPort, log);
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path log() {
        return log;
    }

    void awaitReady(Duration within) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the second replica stopped; see " + log);
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the second replica was not ready within " + within.toSeconds() + " s; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static List<String> split(byte[] nulSeparated) {
        return Arrays.stream(new String(nulSeparated, StandardCharsets.UTF_8).split("\0")).filter(part -> !part.isEmpty())
                .toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
