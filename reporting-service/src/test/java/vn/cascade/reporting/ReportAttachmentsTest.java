package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static vn.cascade.reporting.TestPlans.organization;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.testing.SampleFiles;
import vn.cascade.common.testing.TestTokens;

/**
 * Issue 19, point 9: the signed original of a report, attached by its reporter and seen where the report is seen
 * (a draft by its own organisation only). plan-service has the full set of upload checks.
 */
@QuarkusTest
class ReportAttachmentsTest {

    @Inject
    TestPlans plans;

    @Test
    void shouldAttachTheSignedReportForThoseWhoSeeTheReport() {
        OrganizationRef city = organization("TU");
        OrganizationRef district = organization("QU");
        OrganizationRef otherDistrict = organization("HU");
        UUID taskId = UUID.randomUUID();
        String issued = plans.send(PlanSnapshot.ISSUED, plan(UUID.randomUUID(), 1, "ISSUED", city,
                List.of(requirement(UUID.randomUUID(), List.of(district, otherDistrict), city, null,
                        TestPlans.SEED_04, List.of(2026), 5, 7)), List.of(taskId)));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
        String obligation = given().auth().oauth2(reporter(district)).queryParam("year", 2026)
                .queryParam("periodKind", "Q1").when().get("/api/v1/obligations").then().statusCode(200)
                .extract().path("items[0].id");
        Map<String, Object> body = new HashMap<>();
        body.put("obligationId", obligation);
        body.put("indicators", Map.of("NEW_MEMBERS_ADMITTED", 35, "TOTAL_MEMBERS", 1180,
                "ORGS_RATED_GOOD_OR_BETTER", 40, "ORGS_RATED", 45, "VILLAGE_CELLS_WITH_COMMITTEE", 20,
                "VILLAGE_CELLS", 22));
        body.put("taskProgress", List.of(Map.of("taskId", taskId.toString(), "status", "IN_PROGRESS", "percent", 60,
                "note", "Đã quán triệt đến 100% chi bộ")));
        body.put("narrative", Map.of("results", "Kết nạp 35 đảng viên mới",
                "limitations", "Chất lượng sinh hoạt chi bộ có nơi chưa cao",
                "causes", "Một số cấp ủy chưa quan tâm đúng mức",
                "lessons", "Phát huy vai trò người đứng đầu",
                "proposals", "Đề nghị Ban Tổ chức Thành ủy tập huấn nghiệp vụ"));
        String report = given().auth().oauth2(reporter(district)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");

        byte[] scan = SampleFiles.jpeg();
        String id = given().auth().oauth2(reporter(district)).contentType("application/octet-stream")
                .queryParam("fileName", "Báo cáo quý I (bản ký).jpg").queryParam("kind", "SIGNED_ORIGINAL").body(scan)
                .when().post("/api/v1/reports/{id}/attachments", report).then().statusCode(201)
                .body("mediaType", equalTo("image/jpeg")).extract().path("id");
        given().auth().oauth2(reporter(district)).contentType("image/png").queryParam("fileName", "khac.png")
                .queryParam("kind", "SIGNED_ORIGINAL").body(SampleFiles.png())
                .when().post("/api/v1/reports/{id}/attachments", report).then().statusCode(409)
                .body("type", endsWith("/conflict"));
        // Another district's reporter does not see the report; the recipient sees no draft.
        given().auth().oauth2(reporter(otherDistrict)).contentType("image/png").queryParam("fileName", "x.png")
                .body(SampleFiles.png()).when().post("/api/v1/reports/{id}/attachments", report).then().statusCode(404);
        given().auth().oauth2(reviewer(city)).when().get("/api/v1/reports/{id}/attachments", report)
                .then().statusCode(404);

        given().auth().oauth2(reporter(district)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/reports/{id}/submit", report).then().statusCode(200);
        given().auth().oauth2(reviewer(city)).when().get("/api/v1/reports/{id}/attachments", report)
                .then().statusCode(200).body("fileName", contains("Báo cáo quý I (bản ký).jpg"));
        Response download = given().auth().oauth2(reviewer(city))
                .when().get("/api/v1/reports/{id}/attachments/{a}", report, id);
        download.then().statusCode(200).contentType("image/jpeg");
        assertArrayEquals(scan, download.asByteArray());
        // The recipient reads; it does not remove the reporter's file.
        given().auth().oauth2(reviewer(city)).when().delete("/api/v1/reports/{id}/attachments/{a}", report, id)
                .then().statusCode(403);
        given().auth().oauth2(reporter(district)).when().delete("/api/v1/reports/{id}/attachments/{a}", report, id)
                .then().statusCode(204);
    }

    private static String reporter(OrganizationRef organization) {
        return TestTokens.user("reporter-" + organization.code(), organization.code(), "reporter");
    }

    private static String reviewer(OrganizationRef organization) {
        return TestTokens.user("reviewer-" + organization.code(), organization.code(), "reviewer");
    }
}
