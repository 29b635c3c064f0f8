package vn.cascade.reporting.repository;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.cascade.common.events.ReportingPeriodKind;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.cascade.common.testing.ReadThroughput;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.domain.ReportingPeriod;
import vn.cascade.reporting.domain.Successions;
import vn.cascade.reporting.service.RollupAggregates;

/**
 * Roll-up, drill-down and completeness times over a national-scale hierarchy: a benchmark, not a test. Its name
 * matches none of Surefire's test patterns, so {@code ./mvnw verify} never runs it; run it with
 * <pre>./mvnw -B verify -pl reporting-service -am -Dtest=RollupBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * ({@code -Dbenchmark.repetitions=N}, default 11). It loads {@code benchmark/national-hierarchy.sql} (about 60,000
 * organisations, four 2025 periods of obligations and accepted reports) into the run's fresh PostgreSQL database —
 * or, with {@code -Dbenchmark.shape=2025}, {@code benchmark/national-hierarchy-2025.sql}: the shape after the 2025
 * reorganisation, 3,321 commune committees directly under the 34 provinces, the districts dissolved on 1 July —,
 * times each request through the HTTP API (the JDK's client) after a warm-up of at least 5 s, and writes medians,
 * p90, row counts, ratios and the plan of the main query to {@code target/rollup-benchmark.md} (copied by hand into docs/benchmarks.md).
 */
@QuarkusTest
class RollupBenchmark {

    /**
     * Warm-up per request: at least two calls, then more until this many seconds have passed (at most 500 calls), so
     * that a cheap request is timed in compiled code, as a service that has served for a while runs it; two calls left
     * a drill-down in the interpreter and tripled its time (docs/benchmarks.md run 8a).
     */
    private static final int WARM_UP = 2;
    private static final double WARM_UP_SECONDS =
            Double.parseDouble(System.getProperty("benchmark.warmUpSeconds", "5"));
    private static final int WARM_UP_MAX = 500;
    private static final int REPETITIONS = Integer.getInteger("benchmark.repetitions", 11);

    @Inject
    DataSource dataSource;
    @Inject
    RollupRepository rollups;
    @Inject
    IndicatorRepository indicators;
    @Inject
    RollupAggregates aggregates;

    /** 1: about 60,000 organisations; 10: about 600,000 (250 grassroots organisations a district). */
    private static final int SCALE = Integer.getInteger("benchmark.scale", 1);
    /** Reports accepted through HTTP for the throughput measurement, and by how many clients at once. */
    private static final int ACCEPTANCES = Integer.getInteger("benchmark.acceptances", 400);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    /** Only the aggregated roll-ups and the throughput: at 600,000 organisations each full query takes many seconds. */
    private static final boolean AGGREGATES_ONLY = Boolean.getBoolean("benchmark.aggregatesOnly");
    /**
     * Only the annual aggregates rebuilt and no acceptance throughput: a run of a few minutes instead of half an
     * hour on a loaded machine (each period's rebuild takes minutes there); the timed requests are the same.
     */
    private static final boolean QUICK = Boolean.getBoolean("benchmark.quick");
    /** "2020": provinces, districts, grassroots, cells (the default); "2025": no districts after 1 July 2025. */
    private static final boolean SHAPE_2025 = "2025".equals(System.getProperty("benchmark.shape", "2020"));
    /** The level below the province that a drill-down opens: a district, or after 2025 a commune committee. */
    private static final String DRILL_DOWN = SHAPE_2025 ? "commune drill-down" : "district drill-down";
    /** Only the requests whose name contains this ({@code benchmark.only=drill-down}); {@code benchmark.jfr=<file>}: a profile. */
    private static final String ONLY = System.getProperty("benchmark.only", "");
    private static final String DRILL_DOWN_CODE = SHAPE_2025 ? "XA-1" : "HU-1";

    private record Scenario(String name, String path, Map<String, String> query) {
    }

    private record Timing(Scenario scenario, List<Double> millis, String rows) {
        double median() {
            return percentile(50);
        }

        double p90() {
            return percentile(90);
        }

        double percentile(int p) {
            return ReadThroughput.percentile(millis, p);
        }
    }

    @Test
    void measureRollupsOverANationalHierarchy() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("Shape: ").append(SHAPE_2025 ? "2025 (no districts after 1 July 2025)" : "2020 (with districts)")
                .append(", scale ").append(SCALE).append(".\n\n");
        out.append("## Machine\n\n").append(machine()).append('\n');

        long loadStart = System.nanoTime();
        execute(script());
        out.append("Loaded in ").append(Math.round((System.nanoTime() - loadStart) / 1e9)).append(" s.\n\n");
        out.append("## Data\n\n| table | rows |\n|---|---:|\n");
        for (String table : List.of("organization", "organization_placement", "organization_succession",
                "reporting_obligation", "report")) {
            out.append("| ").append(table).append(" | ").append(String.format("%,d", count(table))).append(" |\n");
        }
        out.append('\n');

        Map<String, String> year = Map.of("periodKind", "YEAR", "year", "2025");
        List<Scenario> scenarios = new ArrayList<>();
        for (String hierarchy : List.of("PERIOD", "CURRENT")) {
            scenarios.add(scenario("national roll-up", "/api/v1/rollups", "BCHTW", hierarchy, year));
            scenarios.add(scenario("province roll-up", "/api/v1/rollups", "TU-1", hierarchy, year));
            scenarios.add(scenario(DRILL_DOWN, "/api/v1/rollups", DRILL_DOWN_CODE, hierarchy, year));
            scenarios.add(scenario("national completeness", "/api/v1/rollups/completeness", "BCHTW", hierarchy, year));
            scenarios.add(scenario("province completeness", "/api/v1/rollups/completeness", "TU-1", hierarchy, year));
        }
        // the floor: a request that reads a handful of rows (one organisation's four obligations)
        scenarios.add(new Scenario("baseline: one organisation's obligations", "/api/v1/obligations",
                Map.of("organization", DRILL_DOWN_CODE, "size", "10")));
        scenarios.add(new Scenario("province obligations, first page", "/api/v1/obligations",
                Map.of("organization", "TU-1", "includeSubtree", "true", "periodKind", "YEAR", "year", "2025",
                        "size", "50")));

        // Issue 18: the sums kept on acceptance, built once here from the loaded reports (as the job would)
        out.append("## Building the aggregates (once; again after a restructuring)\n\n");
        for (ReportingPeriodKind kind : QUICK ? List.of(ReportingPeriodKind.YEAR) : List.of(ReportingPeriodKind.Q1,
                ReportingPeriodKind.H1, ReportingPeriodKind.M9, ReportingPeriodKind.YEAR)) {
            long start = System.nanoTime();
            aggregates.rebuild(ReportingPeriod.of(kind, 2025));
            out.append("- ").append(kind).append(" 2025: ").append(Math.round((System.nanoTime() - start) / 1e6))
                    .append(" ms\n");
        }
        out.append("- rollup_sum rows: ").append(String.format("%,d", count("rollup_sum")))
                .append("; rollup_latest rows: ").append(String.format("%,d", count("rollup_latest"))).append("\n\n");
        execute("ANALYZE rollup_sum; ANALYZE rollup_latest; ANALYZE rollup_unit");
        // Issue 18, incremental rebuilds: the year's sums brought up to date after a change that moves nothing (the
        // cost of the diff alone), then after the drill-down's organisation moved today to the last province
        // (today's hierarchy only: its subtree's units move)
        execute("UPDATE rollup_hierarchy_version SET version = version + 1");
        long unchanged = System.nanoTime();
        int none = aggregates.update(ReportingPeriod.of(ReportingPeriodKind.YEAR, 2025));
        out.append("- incremental update of YEAR 2025, nothing moved: ")
                .append(Math.round((System.nanoTime() - unchanged) / 1e6)).append(" ms (").append(none)
                .append(" organisations moved)\n");
        execute("""
                UPDATE organization SET path = (SELECT path FROM organization WHERE code = 'TU-34')
                       || substr(path, length(parent.ppath) + 1)
                FROM (SELECT p.path AS ppath, o.path AS opath FROM organization o
                      JOIN organization p ON p.id = o.parent_id WHERE o.code = '%s') parent
                WHERE organization.path = parent.opath OR organization.path LIKE parent.opath || '/%%'
                """.formatted(DRILL_DOWN_CODE));
        long moved = System.nanoTime();
        int movedUnits = aggregates.update(ReportingPeriod.of(ReportingPeriodKind.YEAR, 2025));
        out.append("- incremental update of YEAR 2025 after ").append(DRILL_DOWN_CODE)
                .append(" moved to TU-34 today: ").append(Math.round((System.nanoTime() - moved) / 1e6))
                .append(" ms (").append(movedUnits).append(" organisations moved)\n\n");

        Map<String, Timing> timings = new LinkedHashMap<>();
        long version = hierarchyVersion();
        ReadThroughput.profiled(() -> {
            for (Scenario scenario : scenarios) {
                boolean aggregated = scenario.path().equals("/api/v1/rollups");
                if (AGGREGATES_ONLY && !aggregated || !scenario.name().contains(ONLY)) {
                    continue;
                }
                if (aggregated && !AGGREGATES_ONLY) {
                    // the full query: the sums look stale (a restructuring not yet rebuilt), so roll-ups fall back
                    execute("UPDATE rollup_hierarchy_version SET version = " + (version + 1_000_000));
                    timings.put(scenario.name() + " " + scenario.query().get("hierarchy") + " full query",
                            measure(scenario));
                    execute("UPDATE rollup_hierarchy_version SET version = " + version);
                    timings.put(scenario.name() + " " + scenario.query().get("hierarchy"), measure(scenario));
                } else {
                    timings.put(scenario.name() + " " + scenario.query().getOrDefault("hierarchy", ""),
                            measure(scenario));
                }
            }
        });
        out.append("## Times (ms, ").append(REPETITIONS).append(" runs after at least ").append(WARM_UP)
                .append(" warm-up calls and ").append(WARM_UP_SECONDS)
                .append(" s of them, through HTTP with an admin token)\n\n")
                .append("| request | hierarchy | median | p90 | min | max | rows |\n|---|---|---:|---:|---:|---:|---|\n");
        timings.forEach((key, timing) -> out.append(String.format("| %s%s | %s | %.0f | %.0f | %.0f | %.0f | %s |%n",
                timing.scenario().name(), key.endsWith(" full query") ? " (full query)" : "",
                timing.scenario().query().getOrDefault("hierarchy", "–"), timing.median(), timing.p90(),
                timing.percentile(0), timing.percentile(100), timing.rows())));
        out.append("\n## Aggregates ÷ full query (medians)\n\n");
        timings.forEach((key, timing) -> {
            Timing full = timings.get(key + " full query");
            if (full != null) {
                out.append(String.format("- %s: %.0f ÷ %.0f ms = %.3f%n", key, timing.median(), full.median(),
                        timing.median() / full.median()));
            }
        });
        out.append('\n').append(QUICK ? "(quick run: no acceptance throughput)" : acceptanceThroughput()).append('\n');
        out.append("\n## Ratios of medians\n\n");
        boolean allTimed = !AGGREGATES_ONLY && ONLY.isEmpty();
        for (String hierarchy : allTimed ? List.of("PERIOD", "CURRENT") : List.<String>of()) {
            double national = timings.get("national roll-up " + hierarchy).median();
            out.append(String.format("- %s: province ÷ national roll-up %.2f, %s ÷ national %.2f, "
                            + "national completeness ÷ national roll-up %.2f%n", hierarchy,
                    timings.get("province roll-up " + hierarchy).median() / national, DRILL_DOWN,
                    timings.get(DRILL_DOWN + " " + hierarchy).median() / national,
                    timings.get("national completeness " + hierarchy).median() / national));
        }
        if (timings.containsKey("national roll-up CURRENT") && timings.containsKey("national roll-up PERIOD")) {
            out.append(String.format("- national roll-up CURRENT ÷ PERIOD %.2f%n%n",
                    timings.get("national roll-up CURRENT").median() / timings.get("national roll-up PERIOD").median()));
        }

        out.append("## Plan of the main query (national annual sums)\n\n");
        for (boolean asOfPeriod : List.of(true, false)) {
            out.append("### ").append(asOfPeriod ? "PERIOD" : "CURRENT").append("\n\n```\n")
                    .append(String.join("\n", explainNational(asOfPeriod))).append("\n```\n\n");
        }
        out.append("Machine load after: ").append(loadAverage()).append('\n');

        Path report = Path.of("target", "rollup-benchmark.md");
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
        System.out.println(out);
    }

    private static Scenario scenario(String name, String path, String organization, String hierarchy,
            Map<String, String> period) {
        Map<String, String> query = new LinkedHashMap<>(period);
        query.put("organization", organization);
        query.put("hierarchy", hierarchy);
        return new Scenario(name, path, query);
    }

    /**
     * Acceptance throughput: {@code ACCEPTANCES} reports of Q1 2025 put back to "submitted", then accepted through
     * HTTP by {@code CLIENTS} reviewers at once (each its recipient's); with the aggregates on, every acceptance
     * also adds its deltas up to the national rows. Then the national Q1 figure must equal the full query's.
     */
    private String acceptanceThroughput() throws Exception {
        List<Object[]> picked = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("""
                        SELECT r.id, r.recipient_code FROM report r JOIN reporting_obligation o ON o.id = r.obligation_id
                        WHERE o.period_kind = 'Q1' AND o.period_year = 2025 AND r.status = 'ACCEPTED'
                        ORDER BY md5(CAST(r.id AS text))""" + " LIMIT " + ACCEPTANCES)) {
            while (result.next()) {
                picked.add(new Object[] {result.getObject(1), result.getString(2)});
            }
        }
        String ids = picked.stream().map(row -> "'" + row[0] + "'").reduce((a, b) -> a + "," + b).orElseThrow();
        execute("UPDATE report SET status = 'SUBMITTED', reviewed_at = NULL, reviewed_by = NULL WHERE id IN (" + ids
                + "); UPDATE reporting_obligation SET status = 'SUBMITTED' WHERE id IN (SELECT obligation_id FROM "
                + "report WHERE id IN (" + ids + "))");
        aggregates.rebuild(ReportingPeriod.of(ReportingPeriodKind.Q1, 2025));
        Map<String, String> q1 = Map.of("periodKind", "Q1", "year", "2025", "organization", "BCHTW",
                "hierarchy", "PERIOD");
        String admin = TestTokens.user("benchmark-admin", "BCHTW", "admin");
        String before = call(new Scenario("", "/api/v1/rollups", q1), admin).getString("total.figures[0].value");

        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < picked.size(); i = next.getAndIncrement()) {
                    Object[] row = picked.get(i);
                    String token = TestTokens.user("benchmark-reviewer-" + row[1], (String) row[1], "reviewer");
                    int status = given().auth().oauth2(token).contentType("application/json")
                            .body("{\"version\": 2, \"comment\": null}")
                            .when().post("/api/v1/reports/" + row[0] + "/accept").then().extract().statusCode();
                    if (status != 200) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        JsonPath fast = call(new Scenario("", "/api/v1/rollups", q1), admin);
        long version = hierarchyVersion();
        execute("UPDATE rollup_hierarchy_version SET version = " + (version + 1_000_000));
        JsonPath full = call(new Scenario("", "/api/v1/rollups", q1), admin);
        execute("UPDATE rollup_hierarchy_version SET version = " + version);
        return String.format("""
                ## Acceptance throughput

                %d reports of Q1 2025 accepted through HTTP by %d clients at once in %.1f s: %.1f acceptances/s \
                (%d failed); aggregates %s. National Q1 figure (first indicator) before %s, after %s (aggregates) \
                and %s (full query); total answers equal: %s.
                """, picked.size(), CLIENTS, seconds, picked.size() / seconds, failed.get(),
                Boolean.parseBoolean(System.getProperty("cascade.reporting.rollup.aggregates", "true")) ? "on" : "off",
                before, fast.getString("total.figures[0].value"), full.getString("total.figures[0].value"),
                fast.getMap("total").equals(full.getMap("total")));
    }

    private long hierarchyVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version FROM rollup_hierarchy_version")) {
            result.next();
            return result.getLong(1);
        }
    }

    private Timing measure(Scenario scenario) throws Exception {
        String token = TestTokens.user("benchmark-admin", "BCHTW", "admin");
        String rows = "";
        long warmUpEnd = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
        for (int i = 0; i < WARM_UP_MAX && (i < WARM_UP || System.nanoTime() < warmUpEnd); i++) {
            rows = rows(scenario, call(scenario, token));
        }
        // Timed with the JDK's client (ReadThroughput's), not REST Assured: its per-call cost (Groovy, the answer's
        // parsing) grew with the answer's size and made a wide drill-down look slower than it is (benchmarks run 8a).
        ReadThroughput.Call timed = new ReadThroughput.Call(scenario.name(), uri(scenario), () -> token);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < REPETITIONS; i++) {
            millis.add(HTTP.once(timed));
        }
        return new Timing(scenario, millis, rows);
    }

    private static final ReadThroughput HTTP = new ReadThroughput();

    private static URI uri(Scenario scenario) {
        StringBuilder query = new StringBuilder();
        scenario.query().forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + scenario.path() + query);
    }

    private static JsonPath call(Scenario scenario, String token) {
        return given().auth().oauth2(token).queryParams(scenario.query()).when().get(scenario.path()).then()
                .statusCode(200).extract().jsonPath();
    }

    /** What the answer holds, to show the work is the same across runs and modes. */
    private static String rows(Scenario scenario, JsonPath answer) {
        if (scenario.path().endsWith("/obligations")) {
            return answer.getInt("total") + " obligations";
        }
        if (scenario.path().endsWith("/completeness")) {
            return answer.getList("subordinates").size() + " subordinates; due " + answer.getInt("total.due")
                    + ", submitted " + answer.getInt("total.submitted") + ", " + answer.getList("notReported").size()
                    + " listed as not reported";
        }
        return answer.getList("subordinates").size() + " subordinates; " + answer.getInt("total.reportingOrganizations")
                + " reporting organisations";
    }

    private List<String> explainNational(boolean asOfPeriod) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String path = pathOf("BCHTW");
            Subtree subtree;
            if (asOfPeriod) {
                subtree = new Subtree(path, true, LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31), Map.of());
            } else {
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
                Map<UUID, String> carried = new LinkedHashMap<>();
                Successions.resolve(rollups.successions(today))
                        .forEach((id, placement) -> carried.put(id, placement.path()));
                subtree = new Subtree(path, false, today, today, carried);
            }
            return rollups.explainSums(subtree, 2025, "YEAR", List.of("ACCEPTED"),
                    indicators.catalogue().countsNeeded(indicators.catalogue().defaults(2025)));
        });
    }

    private String pathOf(String code) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT path FROM organization WHERE code = '" + code + "'")) {
            result.next();
            return result.getString(1);
        }
    }

    private String machine() throws SQLException {
        StringBuilder machine = new StringBuilder();
        machine.append("- processors: ").append(Runtime.getRuntime().availableProcessors())
                .append("; load average before: ").append(loadAverage()).append('\n');
        machine.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB, ")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(argument -> argument.startsWith("-XX:+Use")).findFirst().orElse("default GC"))
                .append('\n');
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version(), current_setting('work_mem'), "
                        + "current_setting('shared_buffers'), current_setting('jit'), "
                        + "current_setting('max_parallel_workers_per_gather')")) {
            result.next();
            machine.append("- ").append(result.getString(1).replaceAll(" on .*", "")).append(": work_mem ")
                    .append(result.getString(2)).append(", shared_buffers ").append(result.getString(3))
                    .append(", jit ").append(result.getString(4)).append(", parallel workers per gather ")
                    .append(result.getString(5)).append('\n');
        }
        return machine.toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private long count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The shape's hierarchy, then the obligations and reports of every shape. */
    private static String script() throws IOException {
        String shape = resource(SHAPE_2025 ? "national-hierarchy-2025.sql" : "national-hierarchy.sql");
        int perDistrict = 25 * SCALE;
        return (shape + "\n" + resource("national-data.sql"))
                .replace("${PER_DISTRICT}", Integer.toString(perDistrict))
                .replace("${GRASSROOTS}", Integer.toString(SHAPE_2025 ? 14_529 * SCALE : 714 * perDistrict))
                .replace("${CELLS}", Integer.toString(41_400 * SCALE));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RollupBenchmark.class.getResourceAsStream("/benchmark/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
