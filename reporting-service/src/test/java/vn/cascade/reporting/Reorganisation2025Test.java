package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationPlacement;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.OrganizationSuccession;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.ReportingObligation;

/**
 * The 2025 reorganisation replayed through reporting-service's events and API (issue 20): Quảng Bình and Quảng Trị
 * merge into the new Quảng Trị on 1 July 2025 and their district committees are dissolved into them, the communes
 * going to the province. Obligations in flight follow docs/reorganisation-2025.md, and the roll-ups of 2024 and 2026
 * give the hand-computed sums over either hierarchy.
 */
@QuarkusTest
class Reorganisation2025Test {

    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate BEGAN = LocalDate.of(2020, 1, 1);
    private static final String ADMIN = TestTokens.user("admin", "TW-ADMIN", "admin");

    @Inject
    TestOrganizations organizations;
    @Inject
    TestPlans plans;
    @Inject
    CloudEventCodec codec;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldSettleWorkInFlightAndRollUp2024And2026OverEitherHierarchy() {
        // given the centre, two provinces, a district committee in each and their communes, since 2020
        Org centre = organizations.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org quangBinh = organizations.organization("TU-QUANGBINH", "Tỉnh ủy Quảng Bình", OrganizationLevel.PROVINCIAL, centre);
        Org quangTri = organizations.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org vinhLinh = organizations.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, quangTri);
        Org hoXa = organizations.organization("DU-HOXA", "Đảng ủy thị trấn Hồ Xá", OrganizationLevel.GRASSROOTS, vinhLinh);
        Org vinhThach = organizations.organization("DU-VINHTHACH", "Đảng ủy xã Vĩnh Thạch", OrganizationLevel.GRASSROOTS, vinhLinh);
        Org boTrach = organizations.organization("HU-BOTRACH", "Huyện ủy Bố Trạch", OrganizationLevel.DISTRICT, quangBinh);
        Org hoanLao = organizations.organization("DU-HOANLAO", "Đảng ủy thị trấn Hoàn Lão", OrganizationLevel.GRASSROOTS, boTrach);
        // and each province's programme asking its district and communes for half-year and annual reports 2024–2026,
        // and the centre's plan asking both provinces for their 2025 annual report
        UUID quangTriPlan = issue(quangTri, requirement(List.of(vinhLinh, hoXa, vinhThach), quangTri,
                Set.of(ReportingFrequency.HALF_YEARLY, ReportingFrequency.ANNUAL), List.of(2024, 2025, 2026)));
        UUID quangBinhPlan = issue(quangBinh, requirement(List.of(boTrach, hoanLao), quangBinh,
                Set.of(ReportingFrequency.ANNUAL), List.of(2024, 2025, 2026)));
        UUID centralPlan = issue(centre, requirement(List.of(quangBinh, quangTri), centre,
                Set.of(ReportingFrequency.ANNUAL), List.of(2025)));
        // and the 2024 annual reports, accepted by the provinces
        accept(report(vinhLinh, 2024, 3, 100), quangTri);
        accept(report(hoXa, 2024, 2, 50), quangTri);
        accept(report(vinhThach, 2024, 1, 40), quangTri);
        accept(report(boTrach, 2024, 4, 120), quangBinh);
        accept(report(hoanLao, 2024, 5, 60), quangBinh);

        // when the reorganisation of 1 July 2025 arrives as directive-service publishes it, in no helpful order:
        // the districts dissolved into their provinces, then the provinces merged into the new Quảng Trị
        Org newQuangTri = new Org(UUID.randomUUID(), "TU-QUANGTRI-2025-" + UUID.randomUUID().toString().substring(0, 6),
                "Tỉnh ủy Quảng Trị", null);
        newQuangTri = new Org(newQuangTri.id(), newQuangTri.code(), newQuangTri.name(), centre.path() + "/" + newQuangTri.id());
        organizations.publish(gone(vinhLinh, OrganizationLevel.DISTRICT, quangTri, successor(quangTri), List.of()));
        organizations.publish(gone(boTrach, OrganizationLevel.DISTRICT, quangBinh, successor(quangBinh), List.of()));
        organizations.publish(gone(quangTri, OrganizationLevel.PROVINCIAL, centre, successor(newQuangTri),
                List.of(predecessor(vinhLinh))));
        organizations.publish(new OrganizationSnapshot(newQuangTri.id(), newQuangTri.code(), newQuangTri.name(), null,
                OrganizationLevel.PROVINCIAL, OrganizationKind.PARTY_COMMITTEE, centre.id(), newQuangTri.path(), true, null,
                null, JULY_1, null, List.of(new OrganizationPlacement(centre.id(), newQuangTri.path(), JULY_1, null)),
                List.of(), List.of(predecessor(quangBinh), predecessor(quangTri)), 1));
        organizations.publish(gone(quangBinh, OrganizationLevel.PROVINCIAL, centre, successor(newQuangTri),
                List.of(predecessor(boTrach))));
        Org hoXaToday = moved(hoXa, vinhLinh, newQuangTri);
        Org vinhThachToday = moved(vinhThach, vinhLinh, newQuangTri);
        Org hoanLaoToday = moved(hoanLao, boTrach, newQuangTri);

        // then Vĩnh Linh's first half of 2025, which it lived through, stays its own, now awaited by the new province
        ReportingObligation vinhLinhH1 = obligation(quangTriPlan, vinhLinh, ReportingPeriodKind.H1, 2025);
        assertEquals(vinhLinh.code(), vinhLinhH1.organizationCode);
        assertTrue(vinhLinhH1.status.isOpen());
        assertEquals(newQuangTri.code(), vinhLinhH1.recipientCode);
        assertEquals(quangTri.code(), vinhLinhH1.readdressedFromCode);
        // and its later periods are cancelled: its successor is the province its reports went to
        for (ReportingPeriodKind kind : List.of(ReportingPeriodKind.YEAR, ReportingPeriodKind.H1)) {
            ReportingObligation later = obligation(quangTriPlan, vinhLinh, kind, kind == ReportingPeriodKind.H1 ? 2026 : 2025);
            assertEquals(ObligationStatus.CANCELLED, later.status, kind + " of Vĩnh Linh");
            assertEquals("ORGANIZATION_CEASED", later.cancelReason);
        }
        // and the report it made for 2024 is kept as it was
        ReportingObligation vinhLinh2024 = obligation(quangTriPlan, vinhLinh, ReportingPeriodKind.YEAR, 2024);
        assertEquals(ObligationStatus.ACCEPTED, vinhLinh2024.status);
        assertEquals(quangTri.code(), vinhLinh2024.recipientCode);
        assertNull(vinhLinh2024.readdressedFromCode);
        // and Bố Trạch's 2025 report, which Quảng Bình was to receive, is cancelled the same way
        assertEquals(ObligationStatus.CANCELLED, obligation(quangBinhPlan, boTrach, ReportingPeriodKind.YEAR, 2025).status);
        // and the communes keep owing, now to the new province
        assertEquals(newQuangTri.code(), obligation(quangTriPlan, hoXa, ReportingPeriodKind.YEAR, 2026).recipientCode);
        assertEquals(newQuangTri.code(), obligation(quangBinhPlan, hoanLao, ReportingPeriodKind.YEAR, 2026).recipientCode);
        // and the centre's 2025 report is owed once, by the new province: one province's obligation moves, the
        // other's is cancelled since the successor already owes it
        List<ReportingObligation> central = plans.obligations(centralPlan);
        assertEquals(2, central.size());
        List<ReportingObligation> moved = central.stream().filter(o -> o.status.isOpen()).toList();
        assertEquals(1, moved.size());
        assertEquals(newQuangTri.code(), moved.getFirst().organizationCode);
        assertTrue(Set.of(quangBinh.code(), quangTri.code()).contains(moved.getFirst().transferredFromCode));
        assertEquals(1, central.stream().filter(o -> o.status == ObligationStatus.CANCELLED
                && "ORGANIZATION_CEASED".equals(o.cancelReason)).count());

        // and Vĩnh Linh's reporter may still answer the half-year it lived through, which the old province's reviewer
        // no longer reviews (its organisation has ceased: the refusal names where its work went) and the new one does
        String vinhLinhH1Report = report(vinhLinh, 2025, "H1", 1, 98);
        given().auth().oauth2(TestTokens.user("reviewer-" + quangTri.code(), quangTri.code(), "reviewer"))
                .contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().post("/api/v1/reports/{id}/accept", vinhLinhH1Report).then().statusCode(403)
                .body("detail", containsString("đã chấm dứt hoạt động"), "detail", containsString(newQuangTri.code()));
        accept(vinhLinhH1Report, newQuangTri);
        assertEquals(ObligationStatus.ACCEPTED, obligation(quangTriPlan, vinhLinh, ReportingPeriodKind.H1, 2025).status);

        // when the communes report 2026 to the new province, whose reviewer accepts
        accept(report(hoXaToday, 2026, 3, 55), newQuangTri);
        accept(report(vinhThachToday, 2026, 2, 45), newQuangTri);
        accept(report(hoanLaoToday, 2026, 1, 65), newQuangTri);

        // then 2024 over its own hierarchy: the old provinces, their districts' and communes' reports
        assertNewMemberRate(rollup(centre, 2024, "PERIOD"), "total", 15, 370);
        JsonPath quangTri2024 = rollup(quangTri, 2024, "PERIOD");
        assertNewMemberRate(quangTri2024, "total", 6, 190);
        assertEquals(3, quangTri2024.getInt("total.reportingOrganizations"));
        assertNewMemberRate(rollup(quangBinh, 2024, "PERIOD"), "total", 9, 180);
        // and 2024 over today's: everything counts for the new Quảng Trị
        JsonPath today2024 = rollup(newQuangTri, 2024, "CURRENT");
        assertNewMemberRate(today2024, "total", 15, 370);
        assertEquals(5, today2024.getInt("total.reportingOrganizations"));
        assertNewMemberRate(rollup(centre, 2024, "CURRENT"), "total", 15, 370);
        // and 2026, after the reorganisation, the same over both: only the communes under the new province
        assertNewMemberRate(rollup(newQuangTri, 2026, "PERIOD"), "total", 6, 165);
        assertNewMemberRate(rollup(newQuangTri, 2026, "CURRENT"), "total", 6, 165);
        assertNewMemberRate(rollup(centre, 2026, "PERIOD"), "total", 6, 165);
    }

    @Test
    void shouldLetTheSuccessorsPeopleReadThePredecessorsRecordsButNotTheOtherWayRound() {
        // given the centre, Quảng Trị with its Organisation Department, Vĩnh Linh and a commune under it, Quảng Bình,
        // and Cần Thơ with its own Organisation Department
        Org centre = organizations.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org quangBinh = organizations.organization("TU-QUANGBINH", "Tỉnh ủy Quảng Bình", OrganizationLevel.PROVINCIAL, centre);
        Org quangTri = organizations.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org department = organizations.advisoryBody("BTC-TU-QUANGTRI", "Ban Tổ chức Tỉnh ủy Quảng Trị", quangTri);
        Org vinhLinh = organizations.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, quangTri);
        Org hoXa = organizations.organization("DU-HOXA", "Đảng ủy thị trấn Hồ Xá", OrganizationLevel.GRASSROOTS, vinhLinh);
        Org canTho = organizations.organization("TU-CANTHO", "Thành ủy Cần Thơ", OrganizationLevel.PROVINCIAL, centre);
        Org canThoDepartment = organizations.advisoryBody("BTC-TU-CANTHO", "Ban Tổ chức Thành ủy Cần Thơ", canTho);
        // and the 2023 annual reports of Vĩnh Linh and Hồ Xá, accepted by Quảng Trị
        issue(quangTri, requirement(List.of(vinhLinh, hoXa), quangTri, Set.of(ReportingFrequency.ANNUAL),
                List.of(2023, 2026)));
        String vinhLinh2023 = report(vinhLinh, 2023, 3, 100);
        accept(vinhLinh2023, quangTri);
        accept(report(hoXa, 2023, 2, 50), quangTri);
        String clerk = TestTokens.user("clerk-" + department.code(), department.code(), "reviewer");
        // the day before: the clerk reads Quảng Trị's 2023 completeness
        completeness(clerk, quangTri).statusCode(200);

        // when the reorganisation of 1 July 2025 arrives: Vĩnh Linh dissolved into Quảng Trị, Quảng Trị and Quảng
        // Bình merged into the new Quảng Trị, which takes over the department and the commune
        UUID newId = UUID.randomUUID();
        Org newQuangTri = new Org(newId, "TU-QUANGTRI-2025-" + newId.toString().substring(0, 6).toUpperCase(),
                "Tỉnh ủy Quảng Trị", centre.path() + "/" + newId);
        organizations.publish(gone(vinhLinh, OrganizationLevel.DISTRICT, quangTri, successor(quangTri), List.of()));
        organizations.publish(gone(quangTri, OrganizationLevel.PROVINCIAL, centre, successor(newQuangTri),
                List.of(predecessor(vinhLinh))));
        organizations.publish(gone(quangBinh, OrganizationLevel.PROVINCIAL, centre, successor(newQuangTri), List.of()));
        organizations.publish(new OrganizationSnapshot(newQuangTri.id(), newQuangTri.code(), newQuangTri.name(), null,
                OrganizationLevel.PROVINCIAL, OrganizationKind.PARTY_COMMITTEE, centre.id(), newQuangTri.path(), true, null,
                null, JULY_1, null, List.of(new OrganizationPlacement(centre.id(), newQuangTri.path(), JULY_1, null)),
                List.of(), List.of(predecessor(quangBinh), predecessor(quangTri)), 1));
        moved(hoXa, vinhLinh, newQuangTri);
        String newPath = newQuangTri.path() + "/" + department.id();
        organizations.publish(new OrganizationSnapshot(department.id(), department.code(), department.name(), null,
                OrganizationLevel.PROVINCIAL, OrganizationKind.ADVISORY_COMMISSION, newQuangTri.id(), newPath, true, null,
                null, BEGAN, null, List.of(new OrganizationPlacement(quangTri.id(), department.path(), BEGAN, JULY_1),
                        new OrganizationPlacement(newQuangTri.id(), newPath, JULY_1, null)), List.of(), List.of(), 1));

        // then the clerk, now acting for the new Quảng Trị, still reads the old Quảng Trị's 2023 completeness and
        // roll-up over the hierarchy of 2023, Vĩnh Linh's included
        completeness(clerk, quangTri).statusCode(200).body("organization.code", equalTo(quangTri.code()));
        given().auth().oauth2(clerk).queryParam("organization", quangTri.code()).queryParam("periodKind", "YEAR")
                .queryParam("year", 2023).queryParam("hierarchy", "PERIOD").when().get("/api/v1/rollups")
                .then().statusCode(200).body("total.reportingOrganizations", equalTo(2));
        // and Vĩnh Linh's report and the old province's obligations of its subtree
        given().auth().oauth2(clerk).when().get("/api/v1/reports/{id}", vinhLinh2023).then().statusCode(200)
                .body("organizationCode", equalTo(vinhLinh.code()));
        given().auth().oauth2(clerk).queryParam("organization", vinhLinh.code()).queryParam("includeSubtree", true)
                .when().get("/api/v1/obligations").then().statusCode(200).body("total", equalTo(2));
        // and the new province's reviewer finds what Vĩnh Linh owed among its own
        String newReviewer = TestTokens.user("reviewer-" + newQuangTri.code(), newQuangTri.code(), "reviewer");
        given().auth().oauth2(newReviewer).queryParam("organization", vinhLinh.code()).queryParam("year", 2023)
                .when().get("/api/v1/obligations").then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(newReviewer).when().get("/api/v1/reports/{id}", vinhLinh2023).then().statusCode(200);

        // but Cần Thơ's clerk still gets 403 for the old and the new Quảng Trị's figures, 404 for Vĩnh Linh's report
        String otherClerk = TestTokens.user("clerk-" + canThoDepartment.code(), canThoDepartment.code(), "reviewer");
        completeness(otherClerk, quangTri).statusCode(403);
        completeness(otherClerk, newQuangTri).statusCode(403);
        given().auth().oauth2(otherClerk).when().get("/api/v1/reports/{id}", vinhLinh2023).then().statusCode(404);
        // and the old Quảng Trị's people do not gain the successor's subtree: never the other way round
        String oldReviewer = TestTokens.user("reviewer-" + quangTri.code(), quangTri.code(), "reviewer");
        completeness(oldReviewer, newQuangTri).statusCode(403);
        completeness(oldReviewer, quangTri).statusCode(200);
        // and the old province's reviewer reviews nothing more, told in English when asked who carries it on
        given().auth().oauth2(oldReviewer).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("version", 2)).when().post("/api/v1/reports/{id}/accept", vinhLinh2023)
                .then().statusCode(403).body("detail", containsString("ceased on 2025-07-01"),
                        "detail", containsString("carried on by Tỉnh ủy Quảng Trị (" + newQuangTri.code() + ")"));
    }

    private static io.restassured.response.ValidatableResponse completeness(String token, Org organization) {
        return given().auth().oauth2(token).queryParam("organization", organization.code()).queryParam("year", 2023)
                .queryParam("periodKind", "YEAR").when().get("/api/v1/rollups/completeness").then();
    }

    // --- given: plans and reports through the events and the API ---

    private static ReportingRequirement requirement(List<Org> reporters, Org recipient, Set<ReportingFrequency> frequencies,
            List<Integer> years) {
        return new ReportingRequirement(UUID.randomUUID(), reporters.stream().map(Org::ref).toList(), recipient.ref(),
                null, frequencies, years, 15, 7);
    }

    private UUID issue(Org issuer, ReportingRequirement requirement) {
        UUID id = UUID.randomUUID();
        PlanSnapshot plan = new PlanSnapshot(id, "48-CTr/TU", "CTr", issuer.id(), issuer.code(), LocalDate.of(2023, 1, 9),
                "Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW", "ISSUED", 1, null, null, List.of(), List.of(),
                List.of(), List.of(requirement), null);
        String eventId = UUID.randomUUID().toString();
        try {
            KafkaProbe.send(Topics.PLANS, id.toString(), codec.encode(eventId, URI.create("/cascade/plan-service"),
                    PlanSnapshot.ISSUED, id.toString(), OffsetDateTime.now(), objectMapper.writeValueAsString(plan)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(eventId));
        return id;
    }

    /** Drafts and submits the organisation's annual report of the year; returns the report id. */
    private static String report(Org organization, int year, int admitted, int members) {
        return report(organization, year, "YEAR", admitted, members);
    }

    /** Drafts and submits the organisation's report of the period; returns the report id. */
    private static String report(Org organization, int year, String periodKind, int admitted, int members) {
        return report(organization, reporter(organization), year, periodKind, admitted, members);
    }

    /** The organisation's report of the period, drafted and submitted by {@code reporter} (its own, or its successor's). */
    private static String report(Org organization, String reporter, int year, String periodKind, int admitted, int members) {
        return TestReports.submitted(organization, reporter, year, periodKind,
                Map.of("NEW_MEMBERS_ADMITTED", admitted, "TOTAL_MEMBERS", members));
    }

    private static void accept(String reportId, Org recipient) {
        TestReports.accept(reportId, recipient);
    }

    private static String reporter(Org organization) {
        return TestReports.reporter(organization);
    }

    private static JsonPath rollup(Org organization, int year, String hierarchy) {
        return given().auth().oauth2(ADMIN).queryParam("organization", organization.code()).queryParam("periodKind", "YEAR")
                .queryParam("year", year).queryParam("hierarchy", hierarchy).queryParam("indicators", "NEW_MEMBER_RATE")
                .when().get("/api/v1/rollups").then().statusCode(200).extract().jsonPath();
    }

    private static void assertNewMemberRate(JsonPath rollup, String row, long numerator, long denominator) {
        String figure = row + ".figures.find { it.indicator == 'NEW_MEMBER_RATE' }";
        assertEquals(numerator, rollup.getLong(figure + ".numerator"), figure);
        assertEquals(denominator, rollup.getLong(figure + ".denominator"), figure);
    }

    private ReportingObligation obligation(UUID planId, Org organization, ReportingPeriodKind kind, int year) {
        Predicate<ReportingObligation> wanted = o -> o.periodKind == kind && o.periodYear == year
                && (organization.id().equals(o.organizationId) || organization.id().equals(o.transferredFromId));
        return plans.obligations(planId).stream().filter(wanted).findFirst().orElseThrow();
    }

    // --- given: the reorganisation, as directive-service publishes it ---

    private static OrganizationSuccession successor(Org organization) {
        return new OrganizationSuccession(organization.id(), organization.code(), SuccessionKind.MERGER, JULY_1);
    }

    private static OrganizationSuccession predecessor(Org organization) {
        return new OrganizationSuccession(organization.id(), organization.code(), SuccessionKind.MERGER, JULY_1);
    }

    /**
     * Ceased on 1 July 2025, handing over to the successor; its last place lasted until then. Like directive-service,
     * the snapshot names both sides of its successions: what it took over that day too.
     */
    private static OrganizationSnapshot gone(Org organization, OrganizationLevel level, Org parent,
            OrganizationSuccession successor, List<OrganizationSuccession> predecessors) {
        return new OrganizationSnapshot(organization.id(), organization.code(), organization.name(), null, level,
                OrganizationKind.PARTY_COMMITTEE, parent.id(), organization.path(), false, 100, null, BEGAN, JULY_1,
                List.of(new OrganizationPlacement(parent.id(), organization.path(), BEGAN, JULY_1)), List.of(successor),
                predecessors, 1);
    }

    /** The commune moved from its dissolved district to the province on 1 July 2025; answers it with its new path. */
    private Org moved(Org commune, Org from, Org to) {
        String path = to.path() + "/" + commune.id();
        organizations.publish(new OrganizationSnapshot(commune.id(), commune.code(), commune.name(), null,
                OrganizationLevel.GRASSROOTS, OrganizationKind.PARTY_COMMITTEE, to.id(), path, true, 100, null, BEGAN, null,
                List.of(new OrganizationPlacement(from.id(), commune.path(), BEGAN, JULY_1),
                        new OrganizationPlacement(to.id(), path, JULY_1, null)), List.of(), List.of(), 1));
        return new Org(commune.id(), commune.code(), commune.name(), path);
    }
}
