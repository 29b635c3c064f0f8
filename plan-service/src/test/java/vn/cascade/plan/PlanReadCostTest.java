package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * What one plan read costs in SQL (issue 18, "fast single reads"): pinned, so that a lazy load or an N+1 that creeps
 * back in fails here instead of halving the throughput of {@code GET /api/v1/plans/{id}}.
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
        given().auth().oauth2(reader).header(StatementCounter.HEADER, key)
                .when().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("issuingOrganizationCode", equalTo(district.code()))
                .body("parentPlanId", equalTo(upperId))
                .body("tasks", hasSize(6))
                .body("targets[0].parentSymbol", equalTo(upperSymbol))
                .body("targets[0].weakerThanParent", equalTo(true));
        List<String> statements = StatementCounter.of(key);
        // the plan joined with its issuer, parent plan and tasks: one statement, one connection borrowed (before
        // issue 18: four, one a lazy load; then two, the tasks apart)
        assertEquals(1, statements.size(), () -> String.join("\n", statements));
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
