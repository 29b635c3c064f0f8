package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * What one plan read costs in SQL (issue 18, "fast single reads"): pinned, so that a lazy load or an N+1 that creeps
 * back in fails here instead of halving the throughput of {@code GET /api/v1/plans/{id}}; and that the answer kept
 * between reads ({@code PlanAnswers}) shows every change on the next read.
 */
@QuarkusTest
class PlanReadCostTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldReadAPlanWithItsTasksIssuerAndParentTargetsInOneStatement() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QT", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VL", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        String directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED",
                List.of(new Target("NEW_MEMBER_RATE", "Kết nạp đảng viên mới", Target.Comparator.AT_LEAST,
                        BigDecimal.valueOf(3), null, Target.Unit.PERCENT,
                        new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2022, 2030), null, null, null, null)));

        String upperSymbol = Fixtures.documentNumber() + "-CTr/TU";
        Map<String, Object> upper = plan(upperSymbol, province, LocalDate.of(2022, 12, 2), directive);
        upper.put("targets", List.of(target(2)));
        String upperId = issue(province, upper);

        String symbol = Fixtures.documentNumber() + "-KH/HU";
        Map<String, Object> lower = plan(symbol, district, LocalDate.of(2023, 1, 9), directive);
        lower.put("basedOn", List.of(Map.of("symbol", upperSymbol)));
        lower.put("targets", List.of(target(1)));
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            tasks.add(Map.of("number", String.valueOf(i), "text", "Nhiệm vụ " + i,
                    "leadUnits", List.of(Map.of("organizationCode", district.code(), "name", "Huyện ủy Vĩnh Linh")),
                    "timeframe", Map.of("text", "(hoàn thành trong tháng " + i + "/2023)")));
        }
        lower.put("tasks", tasks);
        String id = issue(district, lower);

        String reader = TestTokens.user("reader." + province.code(), province.code(), "reader");
        String key = UUID.randomUUID().toString();
        String etag = given().auth().oauth2(reader).header(StatementCounter.HEADER, key)
                .when().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("issuingOrganizationCode", equalTo(district.code()))
                .body("parentPlanId", equalTo(upperId))
                .body("tasks", hasSize(6))
                .body("targets[0].parentSymbol", equalTo(upperSymbol))
                .body("targets[0].weakerThanParent", equalTo(true))
                .extract().header("ETag");
        List<String> statements = StatementCounter.of(key);
        // the plan's stamp (version columns), then the plan joined with its issuer, parent plan and tasks: one
        // statement each, one connection borrowed each (before issue 18: four, one a lazy load; then two)
        assertEquals(2, statements.size(), () -> String.join("\n", statements));

        // read again, unchanged: the stamp alone, and the same answer
        String again = UUID.randomUUID().toString();
        given().auth().oauth2(reader).header(StatementCounter.HEADER, again)
                .when().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("tasks", hasSize(6));
        assertEquals(1, StatementCounter.of(again).size(), () -> String.join("\n", StatementCounter.of(again)));
        given().auth().oauth2(reader).header("If-None-Match", etag)
                .when().get("/api/v1/plans/{id}", id).then().statusCode(304);
    }

    @Test
    void shouldShowEveryChangeOnTheNextReadOfAKeptAnswer() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QT", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VL", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        String directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        Map<String, Object> body = plan(Fixtures.documentNumber() + "-KH/HU", district, LocalDate.of(2023, 1, 9),
                directive);
        body.put("tasks", List.of(Map.of("number", "1", "text", "Nhiệm vụ 1", "timeframe",
                Map.of("text", "(hoàn thành trong tháng 3/2023)"))));
        String id = issue(district, body);
        String reader = TestTokens.user("reader." + province.code(), province.code(), "reader");
        String first = given().auth().oauth2(reader).when().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("tasks[0].status", equalTo("NOT_STARTED")).extract().header("ETag");
        given().auth().oauth2(reader).when().get("/api/v1/plans/{id}", id).then().header("ETag", equalTo(first));

        // a task's progress (the task's version, not the plan's)
        String task = given().auth().oauth2(reader).when().get("/api/v1/plans/{id}", id).then().extract()
                .path("tasks[0].id");
        given().auth().oauth2(TestTokens.user("issuer." + district.code(), district.code(), "issuer"))
                .contentType(ContentType.JSON).body(Map.of("status", "IN_PROGRESS", "percent", 40))
                .when().put("/api/v1/tasks/{id}/progress", task).then().statusCode(200);
        String second = given().auth().oauth2(reader).when().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("tasks[0].status", equalTo("IN_PROGRESS")).body("tasks[0].progressPercent", equalTo(40))
                .extract().header("ETag");
        assertNotEquals(first, second);

        // the issuer renamed in directive-service (the copy's version, not the plan's)
        fixtures.organization(new OrganizationSnapshot(district.id(), district.code(), "Huyện ủy Vĩnh Linh (khóa mới)",
                null, OrganizationLevel.DISTRICT, OrganizationKind.PARTY_COMMITTEE, province.id(), district.path(),
                true, 1000, null, LocalDate.of(2020, 1, 1), null, 1));
        int version = given().auth().oauth2(reader).when().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("issuingOrganizationName", equalTo("Huyện ủy Vĩnh Linh (khóa mới)"))
                .header("ETag", not(equalTo(second))).extract().path("version");

        // a plan completed (the plan's own version)
        given().auth().oauth2(TestTokens.user("issuer." + district.code(), district.code(), "issuer"))
                .contentType(ContentType.JSON).body(Map.of("version", version, "reason", "Đã hoàn thành"))
                .when().post("/api/v1/plans/{id}/complete", id).then().statusCode(200);
        given().auth().oauth2(reader).when().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    private static String issue(Org organization, Map<String, Object> body) {
        String token = TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200);
        return id;
    }

    private static Map<String, Object> plan(String symbol, Org issuer, LocalDate date, String directive) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", symbol);
        body.put("issuingOrganizationCode", issuer.code());
        body.put("issueDate", date.toString());
        body.put("title", "Thực hiện Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng");
        body.put("implementsDirective", Map.of("symbol", directive));
        body.put("signer", Map.of("onBehalfOf", "T/M BAN THƯỜNG VỤ", "position", "Bí thư", "name", "Trần Nhật Quang"));
        return body;
    }

    private static Map<String, Object> target(int value) {
        return Map.of("indicatorCode", "NEW_MEMBER_RATE", "label", "Kết nạp đảng viên mới so với tổng số đảng viên",
                "comparator", "AT_LEAST", "value", value, "unit", "PERCENT",
                "period", Map.of("kind", "ANNUALLY", "fromYear", 2022, "toYear", 2030));
    }
}
