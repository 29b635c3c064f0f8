package vn.cascade.common.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * Requests per second of a service's reads beside its cheapest authenticated call, inside the test JVM (issue 18,
 * "fast single reads"): no Keycloak, no wrk, the same machine back to back. Each round sends {@code requests} of
 * every call from {@code threads} clients at once (the calls one after the other, in the same order), after a
 * warm-up of as many; the answer is each call's median over the rounds, its latencies over all rounds, and the
 * median of the per-round ratios to the baseline, which is what survives a noisy machine. The client shares the
 * JVM and the cores with the server, so a cheap call's rate is bounded by the client too: the ratios are a floor
 * for what wrk measures from outside.
 *
 * <p>Settings (system properties): {@code benchmark.requests} (2,000 a call and round), {@code benchmark.threads}
 * (4), {@code benchmark.rounds} (5); {@code benchmark.jfr=<file>} records the measured rounds (not the start, not
 * the warm-up) with JFR's profiling settings, to be read with {@code jfr view hot-methods <file>}.
 */
public final class ReadThroughput {

    /**
     * The baseline, {@code GET /api/v1/admin/<service>/clock}, answers only where the clock is adjustable (as in the
     * demo stack the load benchmark runs): a benchmark class runs under this profile.
     */
    public static class AdjustableClock implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cascade.clock.adjustable", "true");
        }
    }

    /**
     * One authenticated GET; every answer must be 200. The token is made anew for each batch of requests: a run
     * outlasts a test token's five minutes.
     */
    public record Call(String name, URI uri, Supplier<String> token) {
    }

    /** What one call did over all rounds. */
    public record Result(Call call, List<Double> perSecond, List<Double> ratios, List<Double> millis, int bytes) {

        public double medianPerSecond() {
            return median(perSecond);
        }

        public double medianRatio() {
            return median(ratios);
        }

        public double latency(int percentile) {
            return percentile(millis, percentile);
        }
    }

    private static final int REQUESTS = Integer.getInteger("benchmark.requests", 2_000);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);

    // HTTP/1.1 as wrk speaks it (the JDK's client would otherwise upgrade to h2c)
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Measures {@code baseline} and each call; the table (markdown) is printed and returned. */
    public String measure(Call baseline, List<Call> calls) throws Exception {
        List<Call> all = new ArrayList<>();
        all.add(baseline);
        all.addAll(calls);
        Map<Call, Integer> bytes = new LinkedHashMap<>();
        for (Call call : all) {
            bytes.put(call, send(call, call.token().get(), new ArrayList<>()));
            run(call, REQUESTS, new ArrayList<>()); // warm-up: JIT, pools, caches
        }
        Map<Call, List<Double>> perSecond = new LinkedHashMap<>();
        Map<Call, List<Double>> ratios = new LinkedHashMap<>();
        Map<Call, List<Double>> millis = new LinkedHashMap<>();
        all.forEach(call -> {
            perSecond.put(call, new ArrayList<>());
            ratios.put(call, new ArrayList<>());
            millis.put(call, Collections.synchronizedList(new ArrayList<>()));
        });
        String load = loadAverage();
        profiled(() -> {
            for (int round = 0; round < ROUNDS; round++) {
                double base = 0;
                for (Call call : all) {
                    double rate = run(call, REQUESTS, millis.get(call));
                    if (call == baseline) {
                        base = rate;
                    }
                    perSecond.get(call).add(rate);
                    ratios.get(call).add(rate / base);
                }
            }
        });
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d rounds of %,d requests a call from %d clients (after a warm-up of as many); "
                        + "%d processors; load average before %s, after %s%n%n", ROUNDS, REQUESTS, THREADS,
                Runtime.getRuntime().availableProcessors(), load, loadAverage()));
        out.append("| call | bytes | req/s (median) | req/s per round | p50 (ms) | p99 (ms) | ÷ baseline (median) |\n")
                .append("|---|---:|---:|---|---:|---:|---:|\n");
        for (Call call : all) {
            Result result = new Result(call, perSecond.get(call), ratios.get(call), millis.get(call), bytes.get(call));
            out.append(String.format("| %s | %,d | %,.0f | %s | %.1f | %.1f | %.2f |%n", call.name(), result.bytes(),
                    result.medianPerSecond(), result.perSecond().stream().map(rate -> String.format("%.0f", rate))
                            .toList(), result.latency(50), result.latency(99), result.medianRatio()));
        }
        System.out.println(out);
        return out.toString();
    }

    /** {@code count} requests of the call from {@code THREADS} clients; the rate, the latencies added to {@code millis}. */
    private double run(Call call, int count, List<Double> millis) throws Exception {
        AtomicInteger next = new AtomicInteger();
        String token = call.token().get();
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(clients.submit(() -> {
                    List<Double> own = new ArrayList<>();
                    while (next.getAndIncrement() < count) {
                        send(call, token, own);
                    }
                    millis.addAll(own);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            clients.shutdown();
        }
    }

    /** What a benchmark measures, run by {@link #profiled}. */
    @FunctionalInterface
    public interface Measured {
        void run() throws Exception;
    }

    /**
     * Runs {@code measured}, recorded with JFR's profiling settings into the file {@code benchmark.jfr} names when it
     * is set (read it with {@code jfr view hot-methods <file>}): only what is measured, not the start or a warm-up.
     */
    public static void profiled(Measured measured) throws Exception {
        String jfr = System.getProperty("benchmark.jfr");
        if (jfr == null) {
            measured.run();
            return;
        }
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            measured.run();
            recording.stop();
            recording.dump(Path.of(jfr));
        }
    }

    /** One request of the call, with its token; its time in milliseconds (the answer must be 200). */
    public double once(Call call) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>(1);
        send(call, call.token().get(), millis);
        return millis.getFirst();
    }

    private int send(Call call, String token, List<Double> millis) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(call.uri()).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        millis.add((System.nanoTime() - start) / 1e6);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(call.name() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    /** The value at this percentile (nearest rank). */
    public static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    public static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** The first line of /proc/loadavg: a noisy machine's figures are read beside it. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
