package vn.cascade.reporting;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.testing.ReadThroughput;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;

/**
 * reporting-service's reads of the load benchmark (a district reporter's {@code GET /api/v1/obligations?size=50},
 * the national, province and district roll-ups of 2023 on demo-sized data) beside its cheapest authenticated call,
 * {@code GET /api/v1/admin/reporting/clock}, in requests per second: a benchmark, not a test (issue 18, "fast single
 * reads"). Its name matches none of Surefire's test patterns; run it with
 * <pre>./mvnw -B verify -pl reporting-service -am -Dtest=ReportingReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs</pre>
 * and the settings of {@link ReadThroughput}. The data are the demo's shape: Vĩnh Linh owes its province half-yearly
 * and annual reports for 2023–2026 (8 obligations), two communes owe Vĩnh Linh their 2023 report, all 2023 reports
 * accepted. The table goes to {@code target/reporting-read-benchmark.md}.
 */
@QuarkusTest
@TestProfile(ReadThroughput.AdjustableClock.class)
class ReportingReadBenchmark {

    @Inject
    TestOrganizations organizations;
    @Inject
    TestPlans plans;

    /** The demo's shape: a centre, Quảng Trị, Vĩnh Linh and its two communes, the 2023 reports accepted. */
    record Demo(Org centre, Org province, Org vinhLinh) {
    }

    /** Loads {@link Demo} through the topics and the API, as the service receives it. */
    static Demo load(TestOrganizations organizations, TestPlans plans) {
        Org centre = organizations.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL,
                null);
        Org province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org vinhLinh = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org hoXa = organizations.organization("DU", "Đảng ủy thị trấn Hồ Xá", OrganizationLevel.GRASSROOTS, vinhLinh);
        Org vinhThach = organizations.organization("DU", "Đảng ủy xã Vĩnh Thạch", OrganizationLevel.GRASSROOTS,
                vinhLinh);
        issue(plans, UUID.randomUUID(), 1, PlanSnapshot.ISSUED, 130, province, new ReportingRequirement(
                        UUID.randomUUID(), List.of(vinhLinh.ref()), province.ref(), null,
                        Set.of(ReportingFrequency.HALF_YEARLY, ReportingFrequency.ANNUAL), List.of(2023, 2024, 2025,
                                2026), 5, 7),
                new ReportingRequirement(UUID.randomUUID(), List.of(hoXa.ref(), vinhThach.ref()), vinhLinh.ref(), null,
                        Set.of(ReportingFrequency.ANNUAL), List.of(2023), 5, 7));
        accept(report(hoXa, Map.of("NEW_MEMBERS_ADMITTED", 12, "TOTAL_MEMBERS", 310)), vinhLinh);
        accept(report(vinhThach, Map.of("NEW_MEMBERS_ADMITTED", 9, "TOTAL_MEMBERS", 280)), vinhLinh);
        accept(report(vinhLinh, Map.of("NEW_MEMBERS_ADMITTED", 131, "TOTAL_MEMBERS", 5470)), province);
        return new Demo(centre, province, vinhLinh);
    }

    @Test
    void measureReadsBesideTheClock() throws Exception {
        Demo demo = load(organizations, plans);
        Org centre = demo.centre();
        Org province = demo.province();
        Org vinhLinh = demo.vinhLinh();
        Supplier<String> admin = () -> TestTokens.user("benchmark-admin", centre.code(), "admin");
        Supplier<String> reporter = () -> TestTokens.user("benchmark-reporter", vinhLinh.code(), "reporter");
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        String rollups = base + "/api/v1/rollups?year=2023&periodKind=YEAR&organization=";
        String table = new ReadThroughput().measure(
                new ReadThroughput.Call("reporting clock (admin)", URI.create(base + "/api/v1/admin/reporting/clock"),
                        admin),
                List.of(new ReadThroughput.Call("GET /api/v1/obligations?size=50 (Vĩnh Linh's reporter, 8 items)",
                                URI.create(base + "/api/v1/obligations?size=50"), reporter),
                        new ReadThroughput.Call("national roll-up (admin)", URI.create(rollups + centre.code()), admin),
                        new ReadThroughput.Call("province roll-up (admin)", URI.create(rollups + province.code()),
                                admin),
                        new ReadThroughput.Call("district roll-up (admin)", URI.create(rollups + vinhLinh.code()),
                                admin)));
        Files.writeString(Path.of("target", "reporting-read-benchmark.md"), table, StandardCharsets.UTF_8);
    }

    /** Plan 48-CTr/TU of the demo (this id, version and event type), targeting {@code admitted} new members a year. */
    static void issue(TestPlans plans, UUID id, long version, String type, int admitted, Org issuer,
            ReportingRequirement... requirements) {
        List<Target> targets = List.of(new Target("NEW_MEMBERS_ADMITTED", "Kết nạp đảng viên mới mỗi năm",
                Target.Comparator.AT_LEAST, BigDecimal.valueOf(admitted), null, Target.Unit.COUNT,
                new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2023, 2030), null, null, null, null));
        PlanSnapshot plan = new PlanSnapshot(id, "48-CTr/TU", "CTr", issuer.id(), issuer.code(),
                LocalDate.of(2022, 12, 2), "Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW", "ISSUED",
                version, null, null, List.of(), targets, List.of(), List.of(requirements), null);
        String eventId = plans.send(type, plan);
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(eventId));
    }

    /** Drafts and submits the organisation's annual report for 2023 (its own reporter); returns its id. */
    private static String report(Org organization, Map<String, Integer> indicators) {
        return TestReports.submitted(organization, TestReports.reporter(organization), 2023, "YEAR", indicators);
    }

    private static void accept(String reportId, Org recipient) {
        TestReports.accept(reportId, recipient);
    }
}
