package vn.cascade.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;

/**
 * Issue 18: "a fan-out of 10,000 obligations readable in under 1 s", from the plan-issued event's send to every
 * obligation committed and readable. A benchmark, not a test: its name matches none of Surefire's test patterns, so
 * {@code ./mvnw verify} never runs it; run it with
 * <pre>./mvnw -B -o verify -pl reporting-service -am -DskipITs -Dtest=FanOutBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * ({@code -Dbenchmark.rounds=N}, default 5 after one warm-up; {@code -Dbenchmark.reporters=N}, default 834;
 * {@code -Dquarkus.hibernate-orm.statistics=true} adds Hibernate's statement and flush counts). The reporters are
 * published once as organisation events on the test JVM's Kafka; each round sends one new plan whose requirement
 * obliges every reporter to four reports (Q1, 6 months, 9 months, year) for three years: 834 × 12 = 10,008
 * obligations. It writes the figures to {@code target/fanout-benchmark.md}.
 */
@QuarkusTest
class FanOutBenchmark {

    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
    private static final int REPORTERS = Integer.getInteger("benchmark.reporters", 834);
    private static final List<Integer> YEARS = List.of(2023, 2024, 2025);
    /** Q1, H1, M9, YEAR a year, as the seed-04 clause asks. */
    private static final int PERIODS = 4 * YEARS.size();

    @Inject
    TestPlans plans;
    @Inject
    TestOrganizations organizations;
    @Inject
    DataSource dataSource;
    @Inject
    EntityManagerFactory entityManagerFactory;

    private record Round(double sendToReadableMillis, double transactionMillis, long statements, long flushes) {
    }

    @Test
    void measureTheFanOutOfOnePlanIssued() throws Exception {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        TestOrganizations.Org province = organizations.organization("TU", "Tỉnh ủy Bình Phước",
                OrganizationLevel.PROVINCIAL, null);
        List<OrganizationRef> reporters = reporters(province);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        List<Round> rounds = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            Round measured = fanOut(province.ref(), reporters, statistics);
            System.out.printf("Fan-out round %d%s: %.0f ms send → readable, %.0f ms transaction%n", round,
                    round == 0 ? " (warm-up)" : "", measured.sendToReadableMillis(), measured.transactionMillis());
            if (round > 0) {
                rounds.add(measured);
            }
        }

        StringBuilder out = new StringBuilder("# Fan-out of one plan issued (issue 18)\n\n");
        out.append("- processors: ").append(Runtime.getRuntime().availableProcessors())
                .append("; load average before: ").append(loadBefore).append("; after: ")
                .append(Files.readString(Path.of("/proc/loadavg")).strip()).append('\n');
        out.append("- ").append(REPORTERS).append(" reporters × ").append(PERIODS).append(" periods = ")
                .append(REPORTERS * PERIODS).append(" obligations a plan; ").append(ROUNDS)
                .append(" rounds after one warm-up, a new plan each\n");
        out.append("- Hibernate statistics: ").append(statistics.isStatisticsEnabled() ? "on" : "off").append("\n\n");
        out.append("| round | send → readable (ms) | transaction (ms) | JDBC statements | flushes |\n")
                .append("|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            out.append(String.format("| %d | %.0f | %.0f | %s | %s |%n", i + 1, r.sendToReadableMillis(),
                    r.transactionMillis(), statistics.isStatisticsEnabled() ? r.statements() : "–",
                    statistics.isStatisticsEnabled() ? r.flushes() : "–"));
        }
        out.append(String.format("%n**Median: %.0f ms send → readable, %.0f ms in the consumer's transaction.**%n",
                median(rounds.stream().map(Round::sendToReadableMillis).toList()),
                median(rounds.stream().map(Round::transactionMillis).toList())));
        out.append("""

                send → readable: from just before the plan event is sent to Kafka (a new producer each time, as the \
                tests send) until `count(*)` of the plan's obligations, polled every 5 ms on another connection, \
                reaches the total. transaction: from the consumer's transaction start (`processed_event.processed_at`, \
                PostgreSQL's `now()`) until readable — an upper bound of the consumer's transaction, by the polling \
                interval.
                """);
        System.out.println(out);
        Path report = Path.of("target", "fanout-benchmark.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out);
    }

    /** The reporters as organisations in the copy: published at once, then waited for. */
    private List<OrganizationRef> reporters(TestOrganizations.Org province) {
        List<OrganizationRef> reporters = new ArrayList<>();
        for (int i = 0; i < REPORTERS; i++) {
            UUID id = UUID.randomUUID();
            String code = "XA-" + id.toString().substring(0, 8).toUpperCase();
            organizations.send(new OrganizationSnapshot(id, code, "Đảng ủy xã " + (i + 1), null,
                    OrganizationLevel.GRASSROOTS, OrganizationKind.PARTY_COMMITTEE, province.id(),
                    province.path() + "/" + id, true, 100, null, LocalDate.of(2020, 1, 1), null, 0));
            reporters.add(new OrganizationRef(id, code));
        }
        List<UUID> ids = reporters.stream().map(OrganizationRef::id).toList();
        await().atMost(Duration.ofMinutes(5)).until(() -> count(
                "SELECT count(*) FROM organization WHERE id = ANY (?)", ids.toArray(UUID[]::new)) == REPORTERS);
        return reporters;
    }

    private Round fanOut(OrganizationRef issuer, List<OrganizationRef> reporters, Statistics statistics)
            throws SQLException {
        UUID planId = UUID.randomUUID();
        PlanSnapshot plan = TestPlans.plan(planId, 1, "ISSUED", issuer, List.of(TestPlans.requirement(
                UUID.randomUUID(), reporters, issuer, null, TestPlans.SEED_04, YEARS, 5, 7)));
        int expected = reporters.size() * PERIODS;
        statistics.clear();
        long start = System.nanoTime();
        String eventId = plans.send(PlanSnapshot.ISSUED, plan);
        long readableAt;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM reporting_obligation WHERE plan_id = ?")) {
            query.setObject(1, planId);
            long deadline = start + Duration.ofMinutes(5).toNanos();
            while (true) {
                try (ResultSet result = query.executeQuery()) {
                    result.next();
                    long found = result.getLong(1);
                    readableAt = System.nanoTime();
                    if (found == expected) {
                        break;
                    }
                    if (found != 0 || readableAt > deadline) {
                        throw new AssertionError(found + " of " + expected + " obligations readable: not all at once");
                    }
                }
                sleep(5);
            }
        }
        double transaction = count("SELECT (extract(epoch FROM clock_timestamp() - processed_at) * 1000)::bigint "
                + "FROM processed_event WHERE event_id = ?", eventId) - (System.nanoTime() - readableAt) / 1e6;
        assertEquals(expected, count("SELECT count(*) FROM reporting_obligation WHERE plan_id = ?", planId));
        return new Round((readableAt - start) / 1e6, transaction, statistics.getPrepareStatementCount(),
                statistics.getFlushCount());
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter instanceof Object[] array) {
                query.setArray(1, connection.createArrayOf("uuid", array));
            } else {
                query.setObject(1, parameter);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
