package vn.cascade.reporting;

import static org.awaitility.Awaitility.await;
import static vn.cascade.common.testing.ReadThroughput.loadAverage;
import static vn.cascade.common.testing.ReadThroughput.median;
import static vn.cascade.common.testing.ReadThroughput.percentile;
import static vn.cascade.common.testing.ReadThroughput.profiled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.testing.ReadThroughput;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;
import vn.cascade.reporting.domain.ReportingObligation;

/**
 * Report writes as the load benchmark makes them (issue 18, "report submission ≥ 500/s, p99 < 100 ms"): many
 * obligations from one plan's fan-out, then from {@code benchmark.threads} clients (8) each obligation's draft
 * ({@code POST /api/v1/reports}, with an Idempotency-Key) followed by its submission
 * ({@code POST /api/v1/reports/{id}/submit}, likewise), beside the clock call's req/s in the same round. A
 * benchmark, not a test: its name matches none of Surefire's patterns; run it with
 * <pre>./mvnw -B verify -pl reporting-service -am -Dtest=ReportSubmissionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs</pre>
 * Settings: {@code benchmark.organizations} (40, each owing 30 reports: half-yearly and annual for 2021–2030),
 * {@code benchmark.rounds} (5), {@code benchmark.threads} (8), {@code benchmark.jfr=<file>} as in
 * {@link ReadThroughput}. A warm-up round of the same size comes first. The table goes to
 * {@code target/report-submission-benchmark.md}.
 */
@QuarkusTest
@TestProfile(ReadThroughput.AdjustableClock.class)
class ReportSubmissionBenchmark {

    private static final int ORGANIZATIONS = Integer.getInteger("benchmark.organizations", 40);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    private static final int THREADS = Integer.getInteger("benchmark.threads", 8);
    private static final int CLOCK_REQUESTS = 2_000;

    @Inject
    TestOrganizations organizations;
    @Inject
    TestPlans plans;
    @Inject
    ObjectMapper objectMapper;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private String base;

    @Test
    void measureDraftAndSubmitBesideTheClock() throws Exception {
        base = RestAssured.baseURI + ":" + RestAssured.port;
        Org centre = organizations.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL,
                null);
        Org province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        List<Org> communes = IntStream.range(0, ORGANIZATIONS).mapToObj(i -> organizations.organization("DU",
                "Đảng ủy xã " + (i + 1), OrganizationLevel.GRASSROOTS, district)).toList();
        UUID planId = issue(district, new ReportingRequirement(UUID.randomUUID(),
                communes.stream().map(Org::ref).toList(), district.ref(), null,
                Set.of(ReportingFrequency.HALF_YEARLY, ReportingFrequency.ANNUAL),
                IntStream.rangeClosed(2021, 2030).boxed().toList(), 5, 7));
        List<ReportingObligation> owed = new ArrayList<>(plans.obligations(planId));
        Collections.shuffle(owed, new java.util.Random(18));
        int perRound = owed.size() / (ROUNDS + 1);
        Map<String, String> tokens = new ConcurrentHashMap<>();
        String admin = TestTokens.user("benchmark-admin", centre.code(), "admin");

        List<Double> clockRates = new ArrayList<>();
        List<Double> writeRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> draftMillis = Collections.synchronizedList(new ArrayList<>());
        List<Double> submitMillis = Collections.synchronizedList(new ArrayList<>());
        // warm-up: JIT, pools, caches
        clock(admin);
        writes(owed.subList(0, perRound), tokens, Collections.synchronizedList(new ArrayList<>()),
                Collections.synchronizedList(new ArrayList<>()));
        String load = loadAverage();
        profiled(() -> {
            for (int round = 1; round <= ROUNDS; round++) {
                double clock = clock(admin);
                double writes = writes(owed.subList(round * perRound, (round + 1) * perRound), tokens, draftMillis,
                        submitMillis);
                clockRates.add(clock);
                writeRates.add(writes);
                ratios.add(writes / clock);
            }
        });
        String table = String.format("%d rounds of %d obligations drafted and submitted from %d clients (after a "
                        + "warm-up of as many), each beside %,d clock calls; %d processors; load average before %s, "
                        + "after %s%n%n", ROUNDS, perRound, THREADS, CLOCK_REQUESTS,
                Runtime.getRuntime().availableProcessors(), load, loadAverage())
                + "| call | per second (median) | per round | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---:|---|---:|---:|---:|\n"
                + row("reporting clock (admin), req/s", clockRates, List.of())
                + row("draft + submit, obligations/s", writeRates, List.of())
                + row("POST /api/v1/reports (draft)", List.of(), draftMillis)
                + row("POST /api/v1/reports/{id}/submit", List.of(), submitMillis)
                + String.format("%nwrites ÷ clock (median of the rounds): %.3f; per round %s%n", median(ratios),
                ratios.stream().map(r -> String.format("%.3f", r)).toList());
        System.out.println(table);
        Files.writeString(Path.of("target", "report-submission-benchmark.md"), table, StandardCharsets.UTF_8);
    }

    /** Obligations drafted and submitted per second. */
    private double writes(List<ReportingObligation> batch, Map<String, String> tokens, List<Double> draftMillis,
            List<Double> submitMillis) throws Exception {
        return concurrently(batch.size(), i -> {
            ReportingObligation obligation = batch.get(i);
            String token = tokens.computeIfAbsent(obligation.organizationCode,
                    code -> TestTokens.user("reporter-" + code, code, "reporter"));
            Map<String, Object> body = new HashMap<>();
            body.put("obligationId", obligation.id);
            body.put("indicators", Map.of("NEW_MEMBERS_ADMITTED", 12, "TOTAL_MEMBERS", 310));
            body.put("narrative", Map.of("results", "Báo cáo kết quả kỳ " + obligation.periodYear));
            JsonNode drafted = post(base + "/api/v1/reports", token, body, 201, draftMillis);
            post(base + "/api/v1/reports/" + drafted.get("id").asText() + "/submit", token,
                    Map.of("version", drafted.get("version").asLong()), 200, submitMillis);
        });
    }

    /** One step of a concurrent run, given its index. */
    private interface Step {
        void run(int index) throws Exception;
    }

    /** {@code count} steps from {@code THREADS} clients; steps per second. */
    private static double concurrently(int count, Step step) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(THREADS);
        try {
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(clients.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        step.run(i);
                    }
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

    private JsonNode post(String uri, String token, Object body, int expected, List<Double> millis) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(objectMapper.writeValueAsBytes(body))).build();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        millis.add((System.nanoTime() - start) / 1e6);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return objectMapper.readTree(response.body());
    }

    /** Clock calls per second from the same clients. */
    private double clock(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/reporting/clock"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        return concurrently(CLOCK_REQUESTS, i -> {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("clock answered " + response.statusCode());
            }
        });
    }

    private UUID issue(Org issuer, ReportingRequirement... requirements) throws Exception {
        UUID id = UUID.randomUUID();
        List<Target> targets = List.of(new Target("NEW_MEMBERS_ADMITTED", "Kết nạp đảng viên mới mỗi năm",
                Target.Comparator.AT_LEAST, BigDecimal.valueOf(130), null, Target.Unit.COUNT,
                new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2021, 2030), null, null, null, null));
        PlanSnapshot plan = new PlanSnapshot(id, "48-CTr/HU", "CTr", issuer.id(), issuer.code(),
                LocalDate.of(2020, 12, 2), "Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW", "ISSUED", 1,
                null, null, List.of(), targets, List.of(), List.of(requirements), null);
        String eventId = plans.send(PlanSnapshot.ISSUED, plan);
        await().atMost(Duration.ofSeconds(120)).until(() -> plans.applied(eventId));
        return id;
    }

    private static String row(String name, List<Double> rates, List<Double> millis) {
        String rate = rates.isEmpty() ? "" : String.format("%,.1f", median(rates));
        String each = rates.stream().map(r -> String.format("%.1f", r)).toList().toString();
        if (millis.isEmpty()) {
            return String.format("| %s | %s | %s | | | |%n", name, rate, each);
        }
        return String.format("| %s | | | %.1f | %.1f | %.1f |%n", name, percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99));
    }
}
