package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/** Issue 19, search: plans found by their words whatever the diacritics and case, best match first, within what the caller reads. */
@QuarkusTest
class PlanSearchTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldFindPlansByTheirWordsAndTasksWhateverTheDiacriticsBestMatchFirst() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org other = fixtures.organization("HU-GIOLINH", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        String directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());

        String members = issue(district, plan(district, directive, "KH", "2023-01-09",
                "Kế hoạch phát triển đảng viên năm 2023", "Kết nạp đảng viên mới; bồi dưỡng đảng viên dự bị",
                task("1", "Kết nạp đảng viên trong học sinh, sinh viên")));
        // "viên" only in a task: found through its task
        String review = issue(district, plan(district, directive, "KH", "2024-02-01",
                "Kế hoạch củng cố tổ chức cơ sở đảng", "Nâng cao chất lượng sinh hoạt chi bộ",
                task("1", "Rà soát chất lượng đảng viên")));
        String programme = issue(district, plan(district, directive, "CTr", "2024-03-01",
                "Chương trình hành động về chuyển đổi số trong các cơ quan đảng", "Ứng dụng công nghệ thông tin",
                task("1", "Số hóa hồ sơ Đảng viên")));
        String unrelated = issue(other, plan(other, directive, "KH", "2024-03-05",
                "Kế hoạch tổ chức hội nghị học tập Nghị quyết", "Quán triệt sâu rộng", task("1", "Tổ chức hội nghị")));
        String draft = draft(district, plan(district, directive, "KH", "2024-04-01",
                "Dự thảo kế hoạch quản lý đảng viên đi làm ăn xa", "Quản lý chặt chẽ", task("1", "Lập sổ theo dõi")));

        for (String words : List.of("đảng viên", "dang vien", "ĐẢNG VIÊN", "Dang  Vien",
                Normalizer.normalize("đảng viên", Normalizer.Form.NFD))) {
            given().auth().oauth2(reader(other)).queryParam("q", words).queryParam("issuer", province.code())
                    .when().get("/api/v1/plans/search").then().statusCode(200)
                    .body("total", equalTo(3))
                    .body("items[0].id", equalTo(members)) // the plan saying it four times first
                    .body("items.id", containsInAnyOrder(members, review, programme));
        }
        // quoted words in that order; a minus excludes; or between alternatives
        given().auth().oauth2(reader(other)).queryParam("q", "\"kết nạp đảng viên\"").queryParam("issuer", province.code())
                .when().get("/api/v1/plans/search").then().statusCode(200).body("items.id", contains(members));
        given().auth().oauth2(reader(other)).queryParam("q", "dang vien -ket").queryParam("issuer", province.code())
                .when().get("/api/v1/plans/search").then().statusCode(200)
                .body("items.id", containsInAnyOrder(review, programme));
        given().auth().oauth2(reader(other)).queryParam("q", "chuyển đổi số or hội nghị").queryParam("issuer", province.code())
                .when().get("/api/v1/plans/search").then().statusCode(200)
                .body("items.id", containsInAnyOrder(programme, unrelated));
        // the symbol is searched as written
        String symbol = given().auth().oauth2(reader(other)).when().get("/api/v1/plans/{id}", programme).then()
                .extract().path("symbol");
        given().auth().oauth2(reader(other)).queryParam("q", symbol.toLowerCase()).queryParam("issuer", district.code())
                .when().get("/api/v1/plans/search").then().statusCode(200).body("items.id", contains(programme));

        // filters: issuer subtree, type, year, status; paging
        given().auth().oauth2(reader(other)).queryParam("q", "dang vien").queryParam("issuer", other.code())
                .when().get("/api/v1/plans/search").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        given().auth().oauth2(reader(other)).queryParam("q", "dang vien").queryParam("issuer", province.code())
                .queryParam("type", "ctr").when().get("/api/v1/plans/search").then().statusCode(200)
                .body("items.id", contains(programme)).body("items[0].type", equalTo("CTR"));
        given().auth().oauth2(reader(other)).queryParam("q", "dang vien").queryParam("issuer", province.code())
                .queryParam("year", 2023).when().get("/api/v1/plans/search").then().statusCode(200)
                .body("items.id", contains(members));
        given().auth().oauth2(reader(other)).queryParam("q", "dang vien").queryParam("issuer", province.code())
                .queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/plans/search").then().statusCode(200)
                .body("total", equalTo(3)).body("items.id", not(hasItem(members)))
                .header("Link", containsString("rel=\"next\""));

        // scope: a draft is found in its issuer's chain only
        given().auth().oauth2(reader(district)).queryParam("q", "dang vien").queryParam("status", "DRAFT")
                .when().get("/api/v1/plans/search").then().statusCode(200).body("items.id", contains(draft));
        given().auth().oauth2(reader(province)).queryParam("q", "đảng viên đi làm ăn xa")
                .when().get("/api/v1/plans/search").then().statusCode(200).body("items.id", hasItem(draft));
        given().auth().oauth2(reader(other)).queryParam("q", "đảng viên đi làm ăn xa")
                .when().get("/api/v1/plans/search").then().statusCode(200).body("items.id", not(hasItem(draft)));
        given().auth().oauth2(reader(other)).queryParam("q", "dang vien").queryParam("issuer", district.code())
                .queryParam("status", "DRAFT").when().get("/api/v1/plans/search").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldAnswerBadSearchesWithAProblemNeverAnError() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        String token = reader(centre);
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of(), Map.of("q", "  "),
                Map.of("q", "a".repeat(201)), Map.of("q", "!!! ?? --"), Map.of("q", "đảng", "type", "NQ"),
                Map.of("q", "đảng", "year", 20230), Map.of("q", "đảng", "status", "BOGUS"),
                Map.of("q", "đảng", "page", -1), Map.of("q", "đảng", "size", 100000))) {
            given().auth().oauth2(token).queryParams(query).when().get("/api/v1/plans/search").then()
                    .statusCode(400).contentType(containsString("application/problem+json"));
        }
        given().auth().oauth2(token).queryParam("q", "đảng").queryParam("issuer", "NO-SUCH-ORG")
                .when().get("/api/v1/plans/search").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        // what tsquery syntax would choke on is only words here
        for (String words : List.of("\"unterminated", "a | b & c :*", "đảng's (viên)", "a <-> b", "or or")) {
            given().auth().oauth2(token).queryParam("q", words).when().get("/api/v1/plans/search").then()
                    .statusCode(200);
        }
        given().queryParam("q", "đảng").when().get("/api/v1/plans/search").then().statusCode(401);
        given().auth().oauth2(token).header("Accept-Language", "en").when().get("/api/v1/plans/search").then()
                .statusCode(400).body(containsString("search"));
    }

    static Map<String, Object> plan(Org issuer, String directive, String type, String issueDate, String title,
            String purposes, Map<String, Object> task) {
        Map<String, Object> body = new HashMap<>();
        String office = issuer.code().startsWith("TU") ? "TU" : "HU";
        body.put("symbol", Fixtures.documentNumber() + "-" + type + "/" + office);
        body.put("issuingOrganizationCode", issuer.code());
        body.put("issueDate", issueDate);
        body.put("issuePlace", "Vĩnh Linh");
        body.put("title", title);
        body.put("purposes", purposes);
        body.put("requirements", "Bám sát Nghị quyết, phù hợp thực tiễn");
        body.put("implementsDirective", Map.of("symbol", directive));
        body.put("tasks", List.of(task));
        body.put("signer", Map.of("onBehalfOf", "T/M BAN THƯỜNG VỤ", "position", "Bí thư", "name", "Trần Nhật Quang"));
        return body;
    }

    static Map<String, Object> task(String number, String text) {
        return Map.of("number", number, "text", text,
                "leadUnits", List.of(Map.of("name", "Ban Tổ chức Huyện ủy")),
                "timeframe", Map.of("text", "Thường xuyên"));
    }

    static String draft(Org organization, Map<String, Object> body) {
        return given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    static String issue(Org organization, Map<String, Object> body) {
        String id = draft(organization, body);
        given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200);
        return id;
    }

    static String issuer(Org organization) {
        return TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
    }

    static String reader(Org organization) {
        return TestTokens.user("reader." + organization.code(), organization.code(), "reader");
    }
}
