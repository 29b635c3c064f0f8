package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.AuthorizationMatrixContract;
import vn.cascade.common.testing.SampleFiles;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * Every operation × every persona against src/test/resources/authorization-matrix.csv (see
 * {@link AuthorizationMatrixContract}). The objects are real: a province's issued plan, answering a published
 * directive, with a task led by its district and reports routed through its Organisation Department; and a draft
 * of the same province.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    @Inject
    Fixtures fixtures;

    @Inject
    ObjectMapper objectMapper;

    private final Map<String, String> tokens = new HashMap<>();
    private Org province;
    private String directive;
    private String issued;
    private String issuedSymbol;
    private String draft;
    private String task;
    private String attachment;

    @Override
    protected void prepare() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương", OrganizationLevel.CENTRAL, null);
        Org centralOffice = fixtures.advisoryBody("VPTW", "Văn phòng Trung ương Đảng", centre);
        Org inspection = fixtures.advisoryBody("UBKTTW", "Ủy ban Kiểm tra Trung ương", centre);
        province = fixtures.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org department = fixtures.advisoryBody("BTC-TU", "Ban Tổ chức Tỉnh ủy Quảng Trị", province);
        Org district = fixtures.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org otherProvince = fixtures.organization("TU", "Thành ủy Cần Thơ", OrganizationLevel.PROVINCIAL, centre);
        directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());

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

        String issuer = tokens.get("provincial-issuer");
        Map<String, Object> plan = plan(symbol());
        plan.put("tasks", List.of(Map.of("number", "1", "text", "Củng cố, kiện toàn tổ chức cơ sở đảng",
                "leadUnits", List.of(Map.of("organizationCode", district.code(), "name", "Huyện ủy Vĩnh Linh")),
                "timeframe", Map.of("text", "Hoàn thành trong năm 2027"))));
        plan.put("reportingRequirements", List.of(Map.of("reporterCodes", List.of(district.code()),
                "recipientCode", province.code(), "viaCode", department.code(),
                "frequencies", List.of("QUARTERLY"), "years", List.of(2027), "dueDaysAfterPeriodEnd", 5)));
        issuedSymbol = (String) plan.get("symbol");
        issued = given().log().ifValidationFails().auth().oauth2(issuer).contentType(ContentType.JSON).body(plan)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(issuer).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", issued).then().statusCode(200).body("status", equalTo("ISSUED"));
        task = given().auth().oauth2(issuer).when().get("/api/v1/plans/{id}", issued)
                .then().statusCode(200).extract().path("tasks[0].id");
        draft = given().auth().oauth2(issuer).contentType(ContentType.JSON).body(plan(symbol()))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        attachment = given().auth().oauth2(issuer).contentType("application/pdf").queryParam("fileName", "kh.pdf")
                .body(SampleFiles.pdf("Kế hoạch")).when().post("/api/v1/plans/{id}/attachments", issued)
                .then().statusCode(201).extract().path("id");
    }

    @Override
    protected Map<String, String> tokens() {
        return tokens;
    }

    @Override
    protected String pathValue(String operationId, String parameter) {
        if ("n".equals(parameter)) {
            return "1"; // the version the issue left
        }
        if ("attachmentId".equals(parameter)) {
            // a real file to download; a random id to delete, so that the allowed answer 404 and nothing is removed
            return "downloadPlanAttachment".equals(operationId) ? attachment : super.pathValue(operationId, parameter);
        }
        return switch (operationId) {
            case "getPlan", "getPlanHistory", "listPlanDependents", "listPlanVersions", "getPlanVersion",
                    "diffPlanVersions", "getPlanAllocation", "getPlanTaskTree", "getPlanTaskCounts", "amendPlan",
                    "revokePlan", "completePlan", "exportPlan", "listPlanAttachments", "uploadPlanAttachment",
                    "downloadPlanAttachment", "deletePlanAttachment" -> issued;
            case "updatePlanDraft", "issuePlan" -> draft;
            case "getTask", "listReportedTaskProgress", "recordTaskProgress" -> task;
            default -> super.pathValue(operationId, parameter);
        };
    }

    @Override
    protected Map<String, String> query(String operationId) {
        return switch (operationId) {
            case "getPlanBySymbol" -> Map.of("symbol", issuedSymbol);
            case "searchPlans" -> Map.of("q", "củng cố tổ chức cơ sở đảng");
            case "getCascade" -> Map.of("directive", directive);
            case "getCascadeCoverage", "getCascadeCoverageByLevel" -> Map.of("directive", directive, "organization", province.code());
            default -> Map.of();
        };
    }

    @Override
    protected String body(String operationId) {
        return switch (operationId) {
            // A new draft for the province: its issuers and admins draft it, nobody else.
            case "draftPlan" -> json(plan(symbol()));
            // Stale versions: the access rules run first, then 409, so the calls change nothing.
            case "updatePlanDraft" -> json(withVersion(plan(symbol())));
            case "amendPlan" -> json(Map.of("reason", "Điều chỉnh chỉ tiêu", "content", withVersion(plan(issuedSymbol))));
            case "issuePlan", "revokePlan", "completePlan" -> "{\"version\": 99, \"reason\": \"Thu hồi\"}";
            // No version: whoever may record progress records it (the same value every time).
            case "recordTaskProgress" -> "{\"status\": \"IN_PROGRESS\", \"percent\": 10, \"note\": \"Đã quán triệt\"}";
            case "importPlan" -> "KẾ HOẠCH\nThực hiện Nghị quyết\n";
            default -> super.body(operationId);
        };
    }

    private Map<String, Object> plan(String symbol) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", symbol);
        body.put("issuingOrganizationCode", province.code());
        body.put("issueDate", "2027-01-09");
        body.put("title", "Thực hiện Nghị quyết về tăng cường củng cố, xây dựng tổ chức cơ sở đảng");
        body.put("implementsDirective", Map.of("symbol", directive));
        body.put("signer", Map.of("onBehalfOf", "T/M BAN THƯỜNG VỤ", "position", "Bí thư", "name", "Trần Nhật Quang"));
        return body;
    }

    private static Map<String, Object> withVersion(Map<String, Object> plan) {
        plan.put("version", 99);
        return plan;
    }

    private static String symbol() {
        return Fixtures.documentNumber() + "-KH/TU";
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
