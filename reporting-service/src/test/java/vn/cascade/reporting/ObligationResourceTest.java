package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cascade.reporting.TestPlans.organization;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;

/** Obligations of 2025 (untouched by the schedule test, which ticks in 2020–2021). */
@QuarkusTest
class ObligationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestPlans plans;
    @Inject
    TestOrganizations organizations;

    OrganizationRef city;
    OrganizationRef haiChau;
    OrganizationRef hoaVang;
    UUID planId;

    @BeforeEach
    void givenAPlanOwingTheSeed04ReportsFor2025() {
        city = organization("TU");
        haiChau = organization("QU");
        hoaVang = organization("HU");
        planId = UUID.randomUUID();
        String issued = plans.send(PlanSnapshot.ISSUED, plan(planId, 1, "ISSUED", city, List.of(requirement(
                UUID.randomUUID(), List.of(haiChau, hoaVang), city, organization("BTC-TU"), TestPlans.SEED_04,
                List.of(2025), 5, 7))));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
    }

    @Test
    void shouldListWhatTheCallersOrganizationOwesByDueDate() {
        list(reporter(haiChau), Map.of()).statusCode(200)
                .body("total", equalTo(4))
                .body("items.periodKind", contains("Q1", "H1", "M9", "YEAR"))
                .body("items.dueDate", contains("2025-04-05", "2025-07-05", "2025-10-05", "2026-01-05"))
                .body("items.organizationCode", everyItem(equalTo(haiChau.code())))
                .body("items.recipientCode", everyItem(equalTo(city.code())))
                .body("items.status", everyItem(equalTo("PENDING")));

        list(reporter(haiChau), Map.of("periodKind", "h1", "year", "2025", "status", "PENDING",
                "planId", planId.toString())).statusCode(200)
                .body("total", equalTo(1)).body("items[0].periodKind", equalTo("H1"));
        list(reporter(haiChau), Map.of("size", "2", "page", "1")).statusCode(200)
                .body("total", equalTo(4)).body("items.periodKind", contains("M9", "YEAR"));
    }

    /**
     * Issue 18: a page of the list costs two statements the first time (the caller's predecessors, then kept; the
     * page), and a short first page needs no count; a page that is not the last one counts (page and count, the
     * predecessors kept). Pinned so that a regression fails.
     */
    @Test
    void shouldListAShortPageInTwoStatementsAndCountOnlyWhenThePageIsFull() {
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(reporter(haiChau)).header(StatementCounter.HEADER, key).queryParam("size", 50)
                .when().get("/api/v1/obligations").then().statusCode(200)
                .body("total", equalTo(4)).body("items.periodKind", contains("Q1", "H1", "M9", "YEAR"));
        assertEquals(2, StatementCounter.of(key).size(), () -> String.join("\n", StatementCounter.of(key)));

        String full = UUID.randomUUID().toString();
        given().auth().oauth2(reporter(haiChau)).header(StatementCounter.HEADER, full).queryParam("size", 2)
                .when().get("/api/v1/obligations").then().statusCode(200)
                .body("total", equalTo(4)).body("items.periodKind", contains("Q1", "H1"));
        assertEquals(2, StatementCounter.of(full).size(), () -> String.join("\n", StatementCounter.of(full)));

        given().auth().oauth2(reporter(haiChau)).queryParam("size", 3).queryParam("page", 1)
                .when().get("/api/v1/obligations").then().statusCode(200)
                .body("total", equalTo(4)).body("items.periodKind", contains("YEAR"));
        given().auth().oauth2(reporter(haiChau)).queryParam("size", 2).queryParam("page", 5)
                .when().get("/api/v1/obligations").then().statusCode(200)
                .body("total", equalTo(4)).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldShowTheRecipientWhatIsOwedToItAndNoOneElse() {
        list(reviewer(city), Map.of("recipient", city.code(), "planId", planId.toString())).statusCode(200)
                .body("total", equalTo(8));
        list(reviewer(city), Map.of("organization", hoaVang.code())).statusCode(200)
                .body("total", equalTo(4)).body("items.organizationCode", everyItem(equalTo(hoaVang.code())));
        list(reader(city), Map.of()).statusCode(200).body("total", equalTo(0));

        list(reporter(haiChau), Map.of("organization", hoaVang.code())).statusCode(200).body("total", equalTo(0));
        list(TestTokens.user("admin", "BCHTW", "admin"), Map.of("planId", planId.toString())).statusCode(200)
                .body("total", equalTo(8));
    }

    @Test
    void shouldListTheObligationsOfAWholeSubtreeInsideTheCallersOwn() {
        // given a daNang whose two districts and three wards owe the seed-04 reports of 2025 (4 each)
        Org daNang = organizations.organization("TU", "Thành ủy Đà Nẵng", OrganizationLevel.PROVINCIAL, null);
        Org quanHaiChau = organizations.organization("QU", "Quận ủy Hải Châu", OrganizationLevel.DISTRICT, daNang);
        Org huyenHoaVang = organizations.organization("HU", "Huyện ủy Hòa Vang", OrganizationLevel.DISTRICT, daNang);
        Org thachThang = organizations.organization("DU", "Đảng ủy phường Thạch Thang", OrganizationLevel.GRASSROOTS,
                quanHaiChau);
        Org hoaCuong = organizations.organization("DU", "Đảng ủy phường Hòa Cường Bắc", OrganizationLevel.GRASSROOTS,
                quanHaiChau);
        Org hoaBac = organizations.organization("DU", "Đảng ủy xã Hòa Bắc", OrganizationLevel.GRASSROOTS, huyenHoaVang);
        Org otherCity = organizations.organization("TU", "Tỉnh ủy Quảng Nam", OrganizationLevel.PROVINCIAL, null);
        UUID cityPlan = UUID.randomUUID();
        String issued = plans.send(PlanSnapshot.ISSUED, plan(cityPlan, 1, "ISSUED", daNang.ref(), List.of(
                requirement(UUID.randomUUID(), List.of(quanHaiChau.ref(), huyenHoaVang.ref()), daNang.ref(), null,
                        TestPlans.SEED_04, List.of(2025), 5, 7),
                requirement(UUID.randomUUID(), List.of(thachThang.ref(), hoaCuong.ref()), quanHaiChau.ref(), null,
                        TestPlans.SEED_04, List.of(2025), 5, 7),
                requirement(UUID.randomUUID(), List.of(hoaBac.ref()), huyenHoaVang.ref(), null, TestPlans.SEED_04,
                        List.of(2025), 5, 7))));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));

        // then the daNang reads all 20, by due date, a page at a time, filtered as any list
        list(reader(daNang.ref()), Map.of("includeSubtree", "true", "size", "5")).statusCode(200).body("total", equalTo(20))
                .body("items.dueDate", contains(Collections.nCopies(5, "2025-04-05").toArray()));
        list(reader(daNang.ref()), Map.of("includeSubtree", "true", "size", "5", "page", "3")).statusCode(200)
                .body("total", equalTo(20)).body("items.periodKind", everyItem(equalTo("YEAR")));
        list(reviewer(daNang.ref()), Map.of("includeSubtree", "true", "periodKind", "H1", "year", "2025",
                "status", "PENDING", "planId", cityPlan.toString())).statusCode(200).body("total", equalTo(5));
        list(reviewer(daNang.ref()), Map.of("includeSubtree", "true", "status", "ACCEPTED")).statusCode(200)
                .body("total", equalTo(0));
        // a district reads its own subtree, or a ward of it; the whole daNang and another district are outside it
        list(reporter(quanHaiChau.ref()), Map.of("includeSubtree", "true", "periodKind", "YEAR")).statusCode(200)
                .body("total", equalTo(3)).body("items.organizationCode",
                        containsInAnyOrder(quanHaiChau.code(), thachThang.code(), hoaCuong.code()));
        list(reporter(quanHaiChau.ref()), Map.of("includeSubtree", "true", "organization", hoaCuong.code()))
                .statusCode(200).body("total", equalTo(4));
        list(reporter(quanHaiChau.ref()), Map.of("includeSubtree", "true", "organization", daNang.code()))
                .statusCode(403).contentType(PROBLEM);
        list(reporter(quanHaiChau.ref()), Map.of("includeSubtree", "true", "organization", huyenHoaVang.code()))
                .statusCode(403).contentType(PROBLEM);
        // another province sees nothing of it: its own subtree owes nothing, this one is forbidden
        list(reviewer(otherCity.ref()), Map.of("includeSubtree", "true")).statusCode(200).body("total", equalTo(0));
        list(reviewer(otherCity.ref()), Map.of("includeSubtree", "true", "organization", daNang.code()))
                .statusCode(403).contentType(PROBLEM);
        list(TestTokens.user("admin", "BCHTW", "admin"), Map.of("includeSubtree", "true",
                "organization", huyenHoaVang.code())).statusCode(200).body("total", equalTo(8));
        list(reader(daNang.ref()), Map.of("includeSubtree", "true", "organization", "TU-NOWHERE")).statusCode(404)
                .contentType(PROBLEM);
        list(reader(daNang.ref()), Map.of("includeSubtree", "yes")).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("includeSubtree"));
    }

    @Test
    void shouldHideAnotherOrganizationsObligation() {
        String id = list(reporter(hoaVang), Map.of()).statusCode(200).extract().path("items[0].id");

        get(reporter(hoaVang), id).statusCode(200).body("organizationCode", equalTo(hoaVang.code()))
                .body("viaCode", containsString("BTC-TU"));
        get(reviewer(city), id).statusCode(200);
        get(TestTokens.user("admin", "BCHTW", "admin"), id).statusCode(200);
        get(reporter(haiChau), id).statusCode(404).contentType(PROBLEM);
        get(reporter(haiChau), UUID.randomUUID().toString()).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldAnswer401WithoutTokenAnd403ForAWrongRoleOrNoOrganization() {
        given().when().get("/api/v1/obligations").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.tampered(reporter(haiChau))).when().get("/api/v1/obligations")
                .then().statusCode(401);
        list(TestTokens.user("issuer", haiChau.code(), "issuer"), Map.of()).statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.user("nobody", "", "reporter")).when().get("/api/v1/obligations")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(reporter(haiChau)).queryParam("organization", city.code())
                .when().get("/api/v1/obligations/calendar").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldRejectBadFiltersWithAProblem() {
        list(reporter(haiChau), Map.of("status", "LATE")).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("PENDING"));
        list(reporter(haiChau), Map.of("size", "0")).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
        list(reporter(haiChau), Map.of("periodKind", "Q5")).statusCode(400).body("errors[0].field", equalTo("periodKind"));
        list(reporter(haiChau), Map.of("year", "năm 2025")).statusCode(400).body("errors[0].field", equalTo("year"));
        list(reporter(haiChau), Map.of("year", "1800")).statusCode(400).body("errors[0].field", equalTo("year"));
        list(reporter(haiChau), Map.of("planId", "47-KH/TU")).statusCode(400).body("errors[0].field", equalTo("planId"));
        calendar(reporter(haiChau), "2025-12-31", "2025-01-01").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("to"));
        calendar(reporter(haiChau), "2025-01-01", "2027-01-01").statusCode(400);
        calendar(reporter(haiChau), "1/1/2025", null).statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void shouldShowTheCalendarOfWhatIsOwedAndWhatIsOwedToUs() {
        calendar(reporter(haiChau), "2025-01-01", "2025-12-31").statusCode(200)
                .body("organizationCode", equalTo(haiChau.code()))
                .body("owed.periodKind", contains("Q1", "H1", "M9"))
                .body("owedTo.size()", equalTo(0));
        calendar(reviewer(city), "2025-07-01", "2025-10-31").statusCode(200)
                .body("owed.size()", equalTo(0))
                .body("owedTo.findAll { it.planId == '" + planId + "' }.periodKind", contains("H1", "H1", "M9", "M9"));
        given().auth().oauth2(TestTokens.user("admin", "BCHTW", "admin"))
                .queryParam("organization", hoaVang.code()).queryParam("from", "2025-12-01").queryParam("to", "2026-01-31")
                .when().get("/api/v1/obligations/calendar")
                .then().statusCode(200).body("owed.periodKind", contains("YEAR"));
    }

    private static ValidatableResponse list(String token, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/api/v1/obligations").then();
    }

    private static ValidatableResponse get(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/v1/obligations/{id}", id).then();
    }

    private static ValidatableResponse calendar(String token, String from, String to) {
        var request = given().auth().oauth2(token).queryParam("from", from);
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.when().get("/api/v1/obligations/calendar").then();
    }

    private static String reporter(OrganizationRef organization) {
        return TestTokens.user("reporter-" + organization.code(), organization.code(), "reporter");
    }

    private static String reviewer(OrganizationRef organization) {
        return TestTokens.user("reviewer-" + organization.code(), organization.code(), "reviewer");
    }

    private static String reader(OrganizationRef organization) {
        return TestTokens.user("reader-" + organization.code(), organization.code(), "reader");
    }
}
