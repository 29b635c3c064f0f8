package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * Issue 19, coverage and lag per level: who was asked to answer a directive with a plan, who did and how fast, who
 * still owes, who is late — per level, scoped to what the caller oversees, as JSON, CSV and XLSX.
 */
@QuarkusTest
class LevelCoverageTest {

    private static final LocalDate NQ21_DATE = LocalDate.of(2022, 6, 16);

    @Inject
    Fixtures fixtures;

    @Test
    void shouldCountAnswersDebtsLatenessAndLagPerLevel() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org quangTri = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org quangBinh = fixtures.organization("TU-QUANGBINH", "Tỉnh ủy Quảng Bình", OrganizationLevel.PROVINCIAL, centre);
        Org vinhLinh = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, quangTri);
        Org gioLinh = fixtures.organization("HU-GIOLINH", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, quangTri);
        fixtures.organization("HU-HAILANG", "Huyện ủy Hải Lăng", OrganizationLevel.DISTRICT, quangTri);
        fixtures.advisoryBody("BTC-TU", "Ban Tổ chức Tỉnh ủy", quangTri); // not a committee: asked for nothing
        String directive = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());

        // The centre answers 62 days after the directive and asks both provinces by the end of 2022.
        String central = symbol("KH", "TW");
        Map<String, Object> centralPlan = plan(central, centre, LocalDate.of(2022, 8, 17), directive);
        centralPlan.put("subordinatePlans", Map.of("deadline", "2022-12-31"));
        issue(centre, centralPlan);
        // Quảng Trị answers on time (107 days after the central plan) and asks its three districts by 28/2/2023;
        // Quảng Bình owes, late.
        String provincial = symbol("CTr", "TU");
        Map<String, Object> provincePlan = plan(provincial, quangTri, LocalDate.of(2022, 12, 2), directive);
        provincePlan.put("basedOn", List.of(Map.of("symbol", central)));
        provincePlan.put("subordinatePlans", Map.of("deadline", "2023-02-28"));
        issue(quangTri, provincePlan);
        // Vĩnh Linh answers in 38 days, Gio Linh late in 103; Hải Lăng owes, late.
        Map<String, Object> vinhLinhPlan = plan(symbol("KH", "HU"), vinhLinh, LocalDate.of(2023, 1, 9), directive);
        vinhLinhPlan.put("basedOn", List.of(Map.of("symbol", provincial)));
        issue(vinhLinh, vinhLinhPlan);
        Map<String, Object> gioLinhPlan = plan(symbol("KH", "HU"), gioLinh, LocalDate.of(2023, 3, 15), directive);
        gioLinhPlan.put("basedOn", List.of(Map.of("symbol", provincial)));
        issue(gioLinh, gioLinhPlan);

        given().auth().oauth2(reader(centre)).queryParam("directive", directive)
                .when().get("/api/v1/cascade/coverage/levels").then().statusCode(200)
                .body("directiveSymbol", equalTo(directive))
                .body("scopeOrganizationCode", equalTo(centre.code()))
                .body("levels.level", contains("CENTRAL", "PROVINCIAL", "DISTRICT"))
                .body("levels.expected", contains(1, 2, 3))
                .body("levels.answered", contains(1, 1, 2))
                .body("levels.answeredLate", contains(0, 0, 1))
                .body("levels.owing", contains(0, 1, 1))
                .body("levels.owingLate", contains(0, 1, 1))
                .body("levels.late", contains(0, 1, 2))
                .body("levels.medianLagDays", contains(62.0f, 107.0f, 70.5f))
                .body("levels.p90LagDays", contains(62, 107, 103))
                .body("total.level", nullValue())
                .body("total.expected", equalTo(6))
                .body("total.answered", equalTo(4))
                .body("total.owing", equalTo(2))
                .body("total.late", equalTo(3))
                .body("total.medianLagDays", equalTo(82.5f))
                .body("total.p90LagDays", equalTo(107));

        // The province's reader counts its own subtree only, and may not ask about the centre's.
        given().auth().oauth2(reader(quangTri)).queryParam("directive", directive)
                .when().get("/api/v1/cascade/coverage/levels").then().statusCode(200)
                .body("scopeOrganizationCode", equalTo(quangTri.code()))
                .body("levels.level", contains("PROVINCIAL", "DISTRICT"))
                .body("levels.expected", contains(1, 3))
                .body("total.answered", equalTo(3));
        given().auth().oauth2(reader(quangTri)).queryParam("directive", directive)
                .queryParam("organization", centre.code())
                .when().get("/api/v1/cascade/coverage/levels").then().statusCode(403);
        given().auth().oauth2(reader(quangBinh)).queryParam("directive", directive)
                .when().get("/api/v1/cascade/coverage/levels").then().statusCode(200)
                .body("levels.level", contains("PROVINCIAL"))
                .body("levels.owingLate", contains(1))
                .body("total.medianLagDays", nullValue());

        // The same table to download: Vietnamese by default, English on request.
        String csv = new String(given().auth().oauth2(reader(centre)).queryParam("directive", directive)
                .queryParam("format", "csv")
                .when().get("/api/v1/cascade/coverage/levels").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("coverage-"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        assertEquals("Cấp,Phải ban hành,Đã ban hành,Ban hành muộn,Chưa ban hành,Chưa ban hành quá hạn,Muộn,"
                + "Trung vị số ngày,P90 số ngày", lines.getFirst());
        assertEquals("Huyện,3,2,1,1,1,2,70.5,103", lines.get(3));
        assertEquals("Tổng,6,4,1,2,2,3,82.5,107", lines.get(4));
        String english = new String(given().auth().oauth2(reader(centre)).header("Accept-Language", "en")
                .queryParam("directive", directive).header("Accept", "text/csv")
                .when().get("/api/v1/cascade/coverage/levels").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(english.contains("Level,Expected,Answered"), english);
        assertTrue(english.contains("District,3,2,1,1,1,2,70.5,103"), english);
        byte[] xlsx = given().auth().oauth2(reader(centre)).queryParam("directive", directive)
                .queryParam("format", "xlsx")
                .when().get("/api/v1/cascade/coverage/levels").then().statusCode(200)
                .extract().asByteArray();
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        given().auth().oauth2(reader(centre)).queryParam("directive", directive).queryParam("format", "pdf")
                .when().get("/api/v1/cascade/coverage/levels").then().statusCode(400);
    }

    private static void issue(Org organization, Map<String, Object> body) {
        String id = given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200).body("status", equalTo("ISSUED"));
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

    private static String issuer(Org organization) {
        return TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
    }

    private static String reader(Org organization) {
        return TestTokens.user("reader." + organization.code(), organization.code(), "reader");
    }

    private static String symbol(String type, String issuer) {
        return Fixtures.documentNumber() + "-" + type + "/" + issuer;
    }
}
