package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/** Issue 19, full history: every version of a plan kept whole, and a structured diff between two. */
@QuarkusTest
class PlanVersionsTest {

    /** Longer than the 300 characters the event summary keeps. */
    private static final String LONG_TASK = "Thường xuyên quan tâm theo dõi, chỉ đạo việc củng cố, kiện toàn, sắp xếp, "
            + "thành lập các tổ chức đảng trong các loại hình tổ chức cơ sở đảng, tổ chức chính trị - xã hội đồng bộ "
            + "với việc đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả. "
            + "Tiếp tục đổi mới các mô hình tổ chức cơ sở đảng ở cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các đoàn "
            + "thể chính trị - xã hội, hội quần chúng cấp huyện.";

    @Inject
    Fixtures fixtures;

    @Test
    void shouldKeepEveryVersionWholeAndShowWhatAnAmendmentChanged() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        String directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        Map<String, Object> body = plan(district, directive);
        String id = draft(district, body);
        given().auth().oauth2(issuer(district)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200);
        given().auth().oauth2(reader(district)).when().get("/api/v1/plans/{id}/versions", id).then().statusCode(200)
                .body("", hasSize(1)).body("[0].status", equalTo("ISSUED")).body("[0].content", nullValue());

        int version = given().auth().oauth2(reader(district)).when().get("/api/v1/plans/{id}", id).then()
                .extract().path("version");
        body.put("version", version);
        body.put("title", "Kế hoạch thực hiện Nghị quyết số 21-NQ/TW (sửa đổi, bổ sung)");
        body.put("targets", List.of(admissions(150)));
        body.put("tasks", List.of(task("1.1", LONG_TASK + " Định kỳ sơ kết."),
                task("1.3", "Kiện toàn cấp ủy chi bộ thôn, bản")));
        given().auth().oauth2(issuer(district)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Nâng chỉ tiêu kết nạp đảng viên", "content", body))
                .when().post("/api/v1/plans/{id}/amend", id).then().statusCode(200);

        List<Integer> numbers = given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/versions", id)
                .then().statusCode(200)
                .body("status", contains("ISSUED", "AMENDED"))
                .body("whole", contains(true, true))
                .body("[1].reason", equalTo("Nâng chỉ tiêu kết nạp đảng viên"))
                .extract().path("version");
        int first = numbers.get(0);
        int second = numbers.get(1);

        // The first version whole: purposes, recipients, signer, and the task's full text (no 300-character cut).
        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/versions/{n}", id, first)
                .then().statusCode(200)
                .body("version", equalTo(first))
                .body("content.title", equalTo("Kế hoạch thực hiện Nghị quyết số 21-NQ/TW"))
                .body("content.purposes", equalTo("Nâng cao chất lượng tổ chức cơ sở đảng"))
                .body("content.requirements", equalTo("Bám sát Nghị quyết, phù hợp thực tiễn"))
                .body("content.recipients.name", contains("BTV Tỉnh ủy", "Lưu Văn phòng"))
                .body("content.signer.name", equalTo("Trần Nhật Quang"))
                .body("content.tasks[0].text", equalTo(LONG_TASK))
                .body("content.tasks[0].leadUnits[0].name", equalTo("Ban Tổ chức Huyện ủy"))
                .body("content.targets[0].value", equalTo(130));

        given().auth().oauth2(reader(province)).queryParam("against", first)
                .when().get("/api/v1/plans/{id}/versions/{n}/diff", id, second).then().statusCode(200)
                .body("version", equalTo(second))
                .body("against", equalTo(first))
                .body("identical", equalTo(false))
                .body("fields.field", hasItem("title"))
                .body("fields.find { it.field == 'title' }.before", equalTo("Kế hoạch thực hiện Nghị quyết số 21-NQ/TW"))
                .body("targets.changed[0].key", equalTo("NEW_MEMBERS_ADMITTED"))
                .body("targets.changed[0].fields", contains("value"))
                .body("targets.changed[0].after.value", equalTo(150))
                .body("targets.added", empty())
                .body("tasks.added.number", contains("1.3"))
                .body("tasks.removed.number", contains("1.2"))
                .body("tasks.changed[0].key", equalTo("1.1"))
                .body("tasks.changed[0].fields", contains("text"));
        // Without `against`: the version before.
        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/versions/{n}/diff", id, second)
                .then().statusCode(200).body("against", equalTo(first));
        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/versions/{n}/diff", id, first)
                .then().statusCode(200).body("identical", equalTo(true));

        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/versions/{n}", id, 999)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("kế hoạch không có phiên bản 999"));
        given().auth().oauth2(reader(province)).queryParam("against", 998)
                .when().get("/api/v1/plans/{id}/versions/{n}/diff", id, second).then().statusCode(404);
    }

    @Test
    void shouldHideTheVersionsOfADraftOutsideItsChain() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org other = fixtures.organization("TU-CANTHO", "Thành ủy Cần Thơ", OrganizationLevel.PROVINCIAL, centre);
        String directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        String id = draft(province, plan(province, directive));
        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/versions", id).then().statusCode(200)
                .body("", empty());
        given().auth().oauth2(reader(other)).when().get("/api/v1/plans/{id}/versions", id).then().statusCode(404);
        given().when().get("/api/v1/plans/{id}/versions", id).then().statusCode(401);
    }

    private static Map<String, Object> plan(Org issuer, String directive) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", Fixtures.documentNumber() + "-KH/HU");
        body.put("issuingOrganizationCode", issuer.code());
        body.put("issueDate", "2023-01-09");
        body.put("issuePlace", "Vĩnh Linh");
        body.put("title", "Kế hoạch thực hiện Nghị quyết số 21-NQ/TW");
        body.put("purposes", "Nâng cao chất lượng tổ chức cơ sở đảng");
        body.put("requirements", "Bám sát Nghị quyết, phù hợp thực tiễn");
        body.put("implementsDirective", Map.of("symbol", directive));
        body.put("targets", List.of(admissions(130)));
        body.put("tasks", List.of(task("1.1", LONG_TASK), task("1.2", "Nghiên cứu thí điểm mô hình \"chi bộ bốn tốt\"")));
        body.put("recipients", List.of(Map.of("name", "BTV Tỉnh ủy", "purpose", "FOR_REPORTING"),
                Map.of("name", "Lưu Văn phòng", "purpose", "FOR_FILING")));
        body.put("signer", Map.of("onBehalfOf", "T/M BAN THƯỜNG VỤ", "position", "Bí thư", "name", "Trần Nhật Quang"));
        return body;
    }

    private static Map<String, Object> task(String number, String text) {
        return Map.of("number", number, "text", text,
                "leadUnits", List.of(Map.of("name", "Ban Tổ chức Huyện ủy")),
                "timeframe", Map.of("text", "Thường xuyên"));
    }

    private static Map<String, Object> admissions(int value) {
        return Map.of("indicatorCode", "NEW_MEMBERS_ADMITTED", "label", "Kết nạp đảng viên mới mỗi năm",
                "comparator", "AT_LEAST", "value", value, "unit", "COUNT",
                "period", Map.of("kind", "ANNUALLY", "fromYear", 2023, "toYear", 2030));
    }

    private static String draft(Org organization, Map<String, Object> body) {
        return given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private static String issuer(Org organization) {
        return TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
    }

    private static String reader(Org organization) {
        return TestTokens.user("reader." + organization.code(), organization.code(), "reader");
    }
}
