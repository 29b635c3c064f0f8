package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationPlacement;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.OrganizationSuccession;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;

/**
 * Statements per read of the load benchmark's calls (issue 18, docs/benchmarks.md run 7b): the obligation list and
 * the roll-ups at each level, both hierarchies, counted with {@link StatementCounter} on the demo's shape (the data
 * of {@code ReportingReadBenchmark}). Load-independent, so pinned.
 */
@QuarkusTest
class ReadCostTest {

    @Inject
    TestOrganizations organizations;
    @Inject
    TestPlans plans;

    @Test
    void shouldReadTheListAndTheRollupsInFewStatements() {
        ReportingReadBenchmark.Demo demo = ReportingReadBenchmark.load(organizations, plans);
        Org centre = demo.centre();
        Org province = demo.province();
        Org vinhLinh = demo.vinhLinh();
        String admin = TestTokens.user("cost-admin", centre.code(), "admin");
        String reader = TestTokens.user("cost-reader", province.code(), "reader");
        String reporter = TestTokens.user("cost-reporter", vinhLinh.code(), "reporter");
        // the first round reads what is then kept (the scope, the catalogue, the targets, paths); the second is pinned
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            counts.clear();
            counts.put("obligations", count(reporter, "/api/v1/obligations?size=50"));
            for (String hierarchy : List.of("PERIOD", "CURRENT")) {
                String query = "/api/v1/rollups?year=2023&periodKind=YEAR&hierarchy=" + hierarchy + "&organization=";
                counts.put("national " + hierarchy, count(admin, query + centre.code()));
                counts.put("province " + hierarchy, count(reader, query + province.code()));
                counts.put("district " + hierarchy, count(reader, query + vinhLinh.code()));
            }
        }
        // before (session 8): the list 2 (the caller's predecessors, the page); a roll-up 10 (admin) or 11 (reader):
        // the catalogue and its aliases, the organisation, the caller's place and predecessors, its path in the
        // period or today's successions, children, binding plans, their targets, the sums' state and version, sums.
        // Now: the page; children, binding plans, the sums' state with the version, the sums.
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("obligations", 1);
        for (String hierarchy : List.of("PERIOD", "CURRENT")) {
            for (String level : List.of("national", "province", "district")) {
                expected.put(level + " " + hierarchy, 4);
            }
        }
        assertEquals(expected, counts);
    }

    /**
     * The kept data change through their real paths (the copy's topic, the catalogue's endpoint, a plan's event)
     * and the very next request sees it: the caller's scope, the catalogue and the targets in force.
     */
    @Test
    void shouldSeeAChangeOfKeptDataOnTheNextRequest() {
        Org province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, null);
        Org camLo = organizations.organization("HU", "Huyện ủy Cam Lộ", OrganizationLevel.DISTRICT, province);
        Org dongHa = organizations.organization("TH", "Thành ủy Đông Hà", OrganizationLevel.DISTRICT, province);
        String dongHaReader = TestTokens.user("kept-reader", dongHa.code(), "reader");
        String rollups = "/api/v1/rollups?year=2023&periodKind=YEAR&organization=";
        // the scope: Đông Hà's reader may not read Cam Lộ's figures, twice (now kept) ...
        get(dongHaReader, rollups + camLo.code()).statusCode(403);
        get(dongHaReader, rollups + camLo.code()).statusCode(403);
        get(dongHaReader, rollups + dongHa.code()).statusCode(200);
        // ... until Cam Lộ merges into Đông Hà (the copy's consumer applies the snapshot): the next request may
        organizations.publish(new OrganizationSnapshot(camLo.id(), camLo.code(), camLo.name(), null,
                OrganizationLevel.DISTRICT, OrganizationKind.PARTY_COMMITTEE, province.id(), camLo.path(), false, 100,
                null, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 7, 1), List.of(new OrganizationPlacement(
                        province.id(), camLo.path(), LocalDate.of(2020, 1, 1), LocalDate.of(2025, 7, 1))),
                List.of(new OrganizationSuccession(dongHa.id(), dongHa.code(), SuccessionKind.MERGER,
                        LocalDate.of(2025, 7, 1))), List.of(), 1));
        get(dongHaReader, rollups + camLo.code()).statusCode(200);

        // the catalogue: an indicator unknown to a roll-up, twice (the catalogue now kept), until an admin adds it
        String admin = TestTokens.user("kept-admin", province.code(), "admin");
        String code = "KEPT_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        get(admin, rollups + province.code() + "&indicators=" + code).statusCode(400);
        get(admin, rollups + province.code() + "&indicators=" + code).statusCode(400);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("code", code, "nameVi",
                        "Số chi bộ đạt tiêu chuẩn", "nameEn", "Cells meeting the standard", "kind", "COUNT", "unit",
                        "chi bộ", "validFrom", "2023-01-01")).when().post("/api/v1/indicators").then().statusCode(201);
        get(admin, rollups + province.code() + "&indicators=" + code).statusCode(200);

        // the targets in force: met at 130, twice (the plan's targets now kept), not met once amended to 150
        Org vinhLinh = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        UUID planId = UUID.randomUUID();
        ReportingRequirement annual = new ReportingRequirement(UUID.randomUUID(), List.of(vinhLinh.ref()),
                province.ref(), null, Set.of(ReportingFrequency.ANNUAL), List.of(2023), 5, 7);
        ReportingReadBenchmark.issue(plans, planId, 1, PlanSnapshot.ISSUED, 130, province, annual);
        TestReports.accept(TestReports.submitted(vinhLinh, TestReports.reporter(vinhLinh), 2023, "YEAR",
                Map.of("NEW_MEMBERS_ADMITTED", 143, "TOTAL_MEMBERS", 5470)), province);
        String result = "total.figures.find { it.indicator == 'NEW_MEMBERS_ADMITTED' }.result";
        get(admin, rollups + province.code()).body(result, equalTo("MET"));
        get(admin, rollups + province.code()).body(result, equalTo("MET"));
        ReportingReadBenchmark.issue(plans, planId, 2, PlanSnapshot.AMENDED, 150, province, annual);
        get(admin, rollups + province.code()).body(result, equalTo("NOT_MET"));
    }

    private static ValidatableResponse get(String token, String uri) {
        return given().auth().oauth2(token).when().get(uri).then();
    }

    private static int count(String token, String uri) {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(token).header(StatementCounter.HEADER, key).when().get(uri).then().statusCode(200);
        return StatementCounter.of(key).size();
    }
}
