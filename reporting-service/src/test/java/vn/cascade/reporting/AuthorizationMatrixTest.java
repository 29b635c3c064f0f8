package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.testing.AuthorizationMatrixContract;
import vn.cascade.common.testing.SampleFiles;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;

/**
 * Every operation × every persona against src/test/resources/authorization-matrix.csv (see
 * {@link AuthorizationMatrixContract}). The objects are real: a province's plan makes a district report to the
 * province through its Organisation Department, and the district's report is submitted.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    @Inject
    TestOrganizations organizations;

    @Inject
    TestPlans plans;

    private final Map<String, String> tokens = new HashMap<>();
    private Org province;
    private String obligation;
    private String report;
    private String attachment;

    @Override
    protected void prepare() {
        Org centre = organizations.organization("BCHTW", "Ban Chấp hành Trung ương", OrganizationLevel.CENTRAL, null);
        Org centralOffice = organizations.advisoryBody("VPTW", "Văn phòng Trung ương Đảng", centre);
        Org inspection = organizations.advisoryBody("UBKTTW", "Ủy ban Kiểm tra Trung ương", centre);
        province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org department = organizations.advisoryBody("BTC-TU", "Ban Tổ chức Tỉnh ủy Quảng Trị", province);
        Org district = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org otherProvince = organizations.organization("TU", "Thành ủy Cần Thơ", OrganizationLevel.PROVINCIAL, centre);
        String issued = plans.send(PlanSnapshot.ISSUED, plan(UUID.randomUUID(), 1, "ISSUED", province.ref(),
                List.of(requirement(UUID.randomUUID(), List.of(district.ref()), province.ref(), department.ref(),
                        TestPlans.SEED_04, List.of(2027), 5, 7))));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));

        tokens.put("admin", TestTokens.user("matrix.admin", centre.code(), "admin"));
        tokens.put("central-issuer", TestTokens.user("matrix.central.issuer", centre.code(), "issuer"));
        tokens.put("provincial-issuer", TestTokens.user("matrix.provincial.issuer", province.code(), "issuer"));
        tokens.put("department-clerk", TestTokens.user("matrix.clerk", department.code(), "reviewer"));
        tokens.put("district-reporter", TestTokens.user("matrix.reporter", district.code(), "reporter"));
        tokens.put("reviewer", TestTokens.user("matrix.reviewer", province.code(), "reviewer"));
        tokens.put("inspector", TestTokens.user("matrix.inspector", inspection.code(), "reader"));
        tokens.put("portal", TestTokens.user("service-account-cascade-portal", centralOffice.code(), "reader"));
        // Every role but admin: what stops it is the object, not the role.
        tokens.put("other-province", TestTokens.user("matrix.neighbour", otherProvince.code(), "issuer", "reporter",
                "reviewer", "reader"));
        tokens.put("anonymous", null);
        tokens.put("forged", TestTokens.tampered(TestTokens.user("matrix.forged", centre.code(), "admin")));

        String reporter = tokens.get("district-reporter");
        obligation = given().auth().oauth2(reporter).queryParam("year", 2027).queryParam("periodKind", "Q1")
                .when().get("/api/v1/obligations").then().statusCode(200).extract().path("items[0].id");
        report = given().auth().oauth2(reporter).contentType(ContentType.JSON).body(reportBody(null))
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/reports/{id}/submit", report).then().statusCode(200);
        attachment = given().auth().oauth2(reporter).contentType("application/pdf").queryParam("fileName", "bc.pdf")
                .queryParam("kind", "SIGNED_ORIGINAL").body(SampleFiles.pdf("Báo cáo"))
                .when().post("/api/v1/reports/{id}/attachments", report).then().statusCode(201).extract().path("id");
    }

    @Override
    protected Map<String, String> tokens() {
        return tokens;
    }

    @Override
    protected String pathValue(String operationId, String parameter) {
        if ("n".equals(parameter)) {
            return "1"; // the version the submission left
        }
        if ("attachmentId".equals(parameter)) {
            // a real file to download; a random id to delete, so that the allowed answer 404 and nothing is removed
            return "downloadReportAttachment".equals(operationId) ? attachment : super.pathValue(operationId, parameter);
        }
        return switch (operationId) {
            case "getObligation", "getObligationReport" -> obligation;
            case "getReport", "listReportVersions", "listReportComments", "diffReportVersions", "updateReport",
                    "submitReport", "acceptReport", "returnReport", "listReportAttachments", "uploadReportAttachment",
                    "downloadReportAttachment", "deleteReportAttachment" -> report;
            case "getOrganizationContacts", "replaceOrganizationContacts" -> province.code();
            default -> super.pathValue(operationId, parameter);
        };
    }

    @Override
    protected Map<String, String> query(String operationId) {
        return switch (operationId) {
            case "getRollup", "getReportingCompleteness" -> Map.of("organization", province.code(),
                    "periodKind", "Q1", "year", "2027");
            case "streamNotifications" -> Map.of("seconds", "1");
            case "searchReports" -> Map.of("q", "kết nạp đảng viên");
            default -> Map.of();
        };
    }

    @Override
    protected String body(String operationId) {
        return switch (operationId) {
            // The submitted report at its version: the access rules run, then the state refuses (409), so the
            // calls change nothing.
            case "draftReport" -> reportBody(null);
            case "updateReport" -> reportBody(1L);
            case "submitReport" -> "{\"version\": 1}";
            // A well-formed list at a stale version: the organisation rule runs first, then 409 changes nothing.
            case "replaceOrganizationContacts" -> "{\"version\": 99, \"contacts\": []}";
            // A stale version: whoever may see the report gets 409 and nothing is accepted; a role or an object
            // it may not see is refused first.
            case "acceptReport", "returnReport" -> "{\"version\": 99, \"comment\": \"Bổ sung số liệu\"}";
            default -> super.body(operationId);
        };
    }

    private String reportBody(Long version) {
        return "{\"obligationId\": \"" + obligation + "\"" + (version == null ? "" : ", \"version\": " + version)
                + ", \"indicators\": {\"NEW_MEMBERS_ADMITTED\": 30, \"TOTAL_MEMBERS\": 1000},"
                + " \"narrative\": {\"results\": \"Kết nạp 30 đảng viên mới\"}}";
    }
}
