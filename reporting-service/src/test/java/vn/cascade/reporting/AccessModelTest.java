package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;

/**
 * The access model of docs/security.md as people use it: the clerk of a province's Organisation Department
 * reviews what the plan routes through the department and reads the province's figures; the Central Office (and
 * the portal acting as it) reads every province's figures and submitted reports; nobody reads another
 * province's figures or anyone's drafts.
 */
@QuarkusTest
class AccessModelTest {

    @Inject
    TestOrganizations organizations;

    @Inject
    TestPlans plans;

    Org centralOffice;
    Org province;
    Org organisationDepartment;
    Org district;
    Org otherDistrict;
    Org otherProvince;
    Org otherDepartment;

    @BeforeEach
    void givenAProvinceWhoseDistrictsReportThroughItsOrganisationDepartment() {
        Org centre = organizations.organization("BCHTW", "Ban Chấp hành Trung ương", OrganizationLevel.CENTRAL, null);
        centralOffice = organizations.advisoryBody("VPTW", "Văn phòng Trung ương Đảng", centre);
        province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        organisationDepartment = organizations.advisoryBody("BTC-TU", "Ban Tổ chức Tỉnh ủy Quảng Trị", province);
        district = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        otherDistrict = organizations.organization("HU", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        otherProvince = organizations.organization("TU", "Thành ủy Cần Thơ", OrganizationLevel.PROVINCIAL, centre);
        otherDepartment = organizations.advisoryBody("BTC-TU", "Ban Tổ chức Thành ủy Cần Thơ", otherProvince);
        String issued = plans.send(PlanSnapshot.ISSUED, plan(UUID.randomUUID(), 1, "ISSUED", province.ref(),
                List.of(requirement(UUID.randomUUID(), List.of(district.ref(), otherDistrict.ref()), province.ref(),
                        organisationDepartment.ref(), TestPlans.SEED_04, List.of(2027), 5, 7))));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
    }

    @Test
    void shouldLetTheDepartmentClerkSeeAndReviewWhatIsRoutedThroughItAndReadTheProvincesFigures() {
        String clerk = user(organisationDepartment, "reviewer");
        String obligation = q1(district);
        given().auth().oauth2(clerk).queryParam("recipient", province.code()).queryParam("year", 2027)
                .queryParam("periodKind", "Q1").when().get("/api/v1/obligations")
                .then().statusCode(200).body("total", equalTo(2));

        String report = draft(district, obligation);
        given().auth().oauth2(clerk).when().get("/api/v1/reports/{id}", report).then().statusCode(404);
        transition(user(district, "reporter"), report, "submit", 0).statusCode(200);
        given().auth().oauth2(clerk).when().get("/api/v1/reports/{id}", report).then().statusCode(200);
        transition(user(otherDepartment, "reviewer"), report, "accept", 1).statusCode(404);
        transition(clerk, report, "accept", 1).statusCode(200).body("status", equalTo("ACCEPTED"));

        rollup(clerk, province).statusCode(200).body("total.reportingOrganizations", greaterThanOrEqualTo(1));
        given().auth().oauth2(clerk).queryParam("organization", province.code()).queryParam("year", 2027)
                .queryParam("periodKind", "Q1").when().get("/api/v1/rollups/completeness").then().statusCode(200);
        rollup(clerk, otherProvince).statusCode(403);
        rollup(user(otherDepartment, "reviewer"), province).statusCode(403);
    }

    @Test
    void shouldLetTheCentralOfficeAndThePortalReadEveryProvincesFiguresAndSubmittedReportsButNoDraft() {
        String submitted = draft(district, q1(district));
        transition(user(district, "reporter"), submitted, "submit", 0).statusCode(200);
        String unsubmitted = draft(otherDistrict, q1(otherDistrict));
        String portal = TestTokens.user("service-account-cascade-portal", centralOffice.code(), "reader");

        rollup(portal, province).statusCode(200);
        rollup(portal, otherProvince).statusCode(200);
        given().auth().oauth2(portal).when().get("/api/v1/reports/{id}", submitted).then().statusCode(200);
        given().auth().oauth2(portal).when().get("/api/v1/reports/{id}", unsubmitted).then().statusCode(404);
        transition(portal, submitted, "accept", 1).statusCode(403);

        String neighbour = user(otherProvince, "reviewer");
        rollup(neighbour, province).statusCode(403);
        given().auth().oauth2(neighbour).when().get("/api/v1/reports/{id}", submitted).then().statusCode(404);
        given().auth().oauth2(neighbour).when().get("/api/v1/reports/{id}", unsubmitted).then().statusCode(404);
    }

    private String q1(Org reporter) {
        return given().auth().oauth2(user(reporter, "reporter")).queryParam("year", 2027).queryParam("periodKind", "Q1")
                .when().get("/api/v1/obligations").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
    }

    private String draft(Org reporter, String obligation) {
        Map<String, Object> body = new HashMap<>();
        body.put("obligationId", obligation);
        body.put("indicators", Map.of("NEW_MEMBERS_ADMITTED", 30, "TOTAL_MEMBERS", 1000));
        body.put("narrative", Map.of("results", "Kết nạp 30 đảng viên mới"));
        return given().auth().oauth2(user(reporter, "reporter")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse transition(String token, String report, String action, long version) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", version))
                .when().post("/api/v1/reports/{id}/" + action, report).then();
    }

    private static ValidatableResponse rollup(String token, Org organization) {
        return given().auth().oauth2(token).queryParam("organization", organization.code()).queryParam("year", 2027)
                .queryParam("periodKind", "Q1").when().get("/api/v1/rollups").then();
    }

    private static String user(Org organization, String role) {
        return TestTokens.user(role + "." + organization.code().toLowerCase(), organization.code(), role);
    }
}
