package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;

/** Issue 19: reports found by the words of their narrative, within what the caller reads; obligations exported. */
@QuarkusTest
class ReportSearchTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TestPlans plans;

    @Inject
    TestOrganizations organizations;

    Org province;
    Org otherProvince;
    Org vinhLinh;
    Org gioLinh;
    String planSymbol;

    @BeforeEach
    void givenTwoDistrictsOwingQuarterlyReportsToTheProvince() {
        province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, null);
        otherProvince = organizations.organization("TU", "Tỉnh ủy Quảng Bình", OrganizationLevel.PROVINCIAL, null);
        vinhLinh = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        gioLinh = organizations.organization("HU", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        PlanSnapshot plan = plan(UUID.randomUUID(), 1, "ISSUED", province.ref(), List.of(requirement(UUID.randomUUID(),
                List.of(vinhLinh.ref(), gioLinh.ref()), province.ref(), null, TestPlans.SEED_04, List.of(2026), 5, 7)));
        planSymbol = plan.symbol();
        String issued = plans.send(PlanSnapshot.ISSUED, plan);
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
    }

    @Test
    void shouldFindReportsByTheirNarrativeWhateverTheDiacriticsWithinWhatTheCallerReads() {
        String vinhLinhReport = report(vinhLinh, "Kết nạp 35 đảng viên mới; đảng viên trẻ chiếm 60%",
                "Công tác quản lý đảng viên đi làm ăn xa còn khó khăn");
        submit(vinhLinh, vinhLinhReport, 0);
        String gioLinhReport = report(gioLinh, "Tổ chức hội nghị sơ kết giữa nhiệm kỳ",
                "Chất lượng sinh hoạt của một số đảng viên chưa cao");

        // the province reads the submitted report of Vĩnh Linh, not Gio Linh's draft
        for (String words : List.of("đảng viên", "dang vien", "ĐẢNG VIÊN")) {
            given().auth().oauth2(reviewer(province)).queryParam("q", words).when().get("/api/v1/reports/search")
                    .then().statusCode(200).body("total", equalTo(1))
                    .body("items.report.id", contains(vinhLinhReport))
                    .body("items[0].planSymbol", equalTo(planSymbol))
                    .body("items[0].periodKind", equalTo("Q1")).body("items[0].periodYear", equalTo(2026));
        }
        // Gio Linh reads its own draft, not its neighbour's report; another province reads neither
        given().auth().oauth2(reporter(gioLinh)).queryParam("q", "dang vien").when().get("/api/v1/reports/search")
                .then().statusCode(200).body("items.report.id", contains(gioLinhReport));
        given().auth().oauth2(reviewer(otherProvince)).queryParam("q", "dang vien").when().get("/api/v1/reports/search")
                .then().statusCode(200).body("items", empty()).body("total", equalTo(0));

        // once submitted, both; the report saying it more often first
        submit(gioLinh, gioLinhReport, 0);
        given().auth().oauth2(reviewer(province)).queryParam("q", "Đảng viên").when().get("/api/v1/reports/search")
                .then().statusCode(200).body("items.report.id", contains(vinhLinhReport, gioLinhReport));
        given().auth().oauth2(reviewer(province)).queryParam("q", "\"hội nghị sơ kết\"").when()
                .get("/api/v1/reports/search").then().statusCode(200).body("items.report.id", contains(gioLinhReport));
        given().auth().oauth2(reviewer(province)).queryParam("q", "dang vien -nap").when()
                .get("/api/v1/reports/search").then().statusCode(200).body("items.report.id", contains(gioLinhReport));

        // the review comment is searched too
        given().auth().oauth2(reviewer(province)).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "comment", "Đề nghị bổ sung số liệu phát triển đảng viên nữ"))
                .when().post("/api/v1/reports/{id}/return", gioLinhReport).then().statusCode(200);
        given().auth().oauth2(reviewer(province)).queryParam("q", "đảng viên nữ").when().get("/api/v1/reports/search")
                .then().statusCode(200).body("items.report.id", contains(gioLinhReport))
                .body("items[0].report.status", equalTo("RETURNED"));

        // filters: organisation subtree, period, year, status
        given().auth().oauth2(reviewer(province)).queryParam("q", "dang vien").queryParam("organization", vinhLinh.code())
                .when().get("/api/v1/reports/search").then().statusCode(200).body("items.report.id", contains(vinhLinhReport));
        given().auth().oauth2(reviewer(province)).queryParam("q", "dang vien").queryParam("status", "RETURNED")
                .when().get("/api/v1/reports/search").then().statusCode(200).body("items.report.id", contains(gioLinhReport));
        given().auth().oauth2(reviewer(province)).queryParam("q", "dang vien").queryParam("periodKind", "Q2")
                .when().get("/api/v1/reports/search").then().statusCode(200).body("items", empty());
        given().auth().oauth2(reviewer(province)).queryParam("q", "dang vien").queryParam("year", 2025)
                .when().get("/api/v1/reports/search").then().statusCode(200).body("items", empty());
        given().auth().oauth2(reviewer(province)).queryParam("q", "dang vien").queryParam("size", 1)
                .queryParam("page", 1).when().get("/api/v1/reports/search").then().statusCode(200)
                .body("total", equalTo(2)).body("items.report.id", contains(gioLinhReport));
        given().auth().oauth2(reviewer(province)).queryParam("q", "dang vien")
                .queryParam("organization", otherProvince.code()).when().get("/api/v1/reports/search").then()
                .statusCode(403).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerBadSearchesWithAProblemNeverAnError() {
        String token = reviewer(province);
        for (Map<String, Object> query : List.<Map<String, Object>>of(Map.of(), Map.of("q", " "),
                Map.of("q", "x".repeat(201)), Map.of("q", "?!.,;"), Map.of("q", "đảng", "status", "BOGUS"),
                Map.of("q", "đảng", "periodKind", "Q5"), Map.of("q", "đảng", "year", 1),
                Map.of("q", "đảng", "size", 0))) {
            given().auth().oauth2(token).queryParams(query).when().get("/api/v1/reports/search").then()
                    .statusCode(400).contentType(containsString(PROBLEM));
        }
        given().auth().oauth2(token).queryParam("q", "đảng").queryParam("organization", "NO-SUCH-ORG")
                .when().get("/api/v1/reports/search").then().statusCode(404).contentType(containsString(PROBLEM));
        for (String words : List.of("\"open", "a | b & !c :*", "(đảng) <-> viên", "or")) {
            given().auth().oauth2(token).queryParam("q", words).when().get("/api/v1/reports/search").then()
                    .statusCode(200);
        }
        given().queryParam("q", "đảng").when().get("/api/v1/reports/search").then().statusCode(401);
    }

    @Test
    void shouldExportObligationsWithTheirStatusAsCsvAndXlsx() throws IOException {
        String vinhLinhReport = report(vinhLinh, "Kết nạp 35 đảng viên mới", null);
        submit(vinhLinh, vinhLinhReport, 0);

        byte[] csv = given().auth().oauth2(reviewer(province)).queryParam("organization", province.code())
                .queryParam("includeSubtree", true).queryParam("year", 2026).queryParam("periodKind", "Q1")
                .when().get("/api/v1/obligations/export").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFKế hoạch,Đơn vị báo cáo,Nơi nhận,Qua cơ quan,Kỳ báo cáo,Năm,Từ ngày,"
                + "Đến ngày,Hạn báo cáo,Trạng thái,Thời điểm gửi"), text);
        assertEquals(3, text.lines().count(), text);
        assertTrue(text.contains(planSymbol + "," + vinhLinh.code() + "," + province.code()
                + ",,quý I,2026,2026-01-01,2026-03-31,2026-04-05,Đã gửi,"), text);
        assertTrue(text.contains(planSymbol + "," + gioLinh.code() + "," + province.code() + ",,quý I,2026,"), text);

        byte[] xlsx = given().auth().oauth2(reviewer(province)).accept(XLSX).header("Accept-Language", "en")
                .queryParam("organization", province.code()).queryParam("includeSubtree", true)
                .queryParam("year", 2026).queryParam("status", "SUBMITTED")
                .when().get("/api/v1/obligations/export").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals("Reporting obligations", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(2, rows.size());
            assertEquals("Plan", rows.get(0).getCellText(0));
            assertEquals("Reporting organisation", rows.get(0).getCellText(1));
            assertEquals(vinhLinh.code(), rows.get(1).getCellText(1));
            assertEquals("Q1", rows.get(1).getCellText(4));
            assertEquals(2026, rows.get(1).getCellAsNumber(5).orElseThrow().intValue());
            assertEquals("Submitted", rows.get(1).getCellText(9));
        }

        // the list's scope: what the caller owes by default; another subtree is refused; bad format or filter 400
        String own = new String(given().auth().oauth2(reporter(gioLinh)).queryParam("format", "csv")
                .queryParam("year", 2026).queryParam("periodKind", "Q1").when().get("/api/v1/obligations/export")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(2, own.lines().count(), own);
        assertTrue(own.contains(gioLinh.code()) && !own.contains(vinhLinh.code()), own);
        given().auth().oauth2(reviewer(otherProvince)).queryParam("organization", province.code())
                .queryParam("includeSubtree", true).when().get("/api/v1/obligations/export").then().statusCode(403)
                .contentType(containsString(PROBLEM));
        given().auth().oauth2(reviewer(province)).queryParam("format", "json").when().get("/api/v1/obligations/export")
                .then().statusCode(400).contentType(containsString(PROBLEM));
        given().auth().oauth2(reviewer(province)).queryParam("status", "LATE").when().get("/api/v1/obligations/export")
                .then().statusCode(400);
        given().when().get("/api/v1/obligations/export").then().statusCode(401);
    }

    /** Drafts the Q1 2026 report of the district with this narrative; returns its id. */
    private static String report(Org district, String results, String limitations) {
        String obligation = given().auth().oauth2(reporter(district)).queryParam("year", 2026)
                .queryParam("periodKind", "Q1").when().get("/api/v1/obligations").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        Map<String, Object> narrative = new HashMap<>();
        narrative.put("results", results);
        narrative.put("limitations", limitations);
        Map<String, Object> body = new HashMap<>();
        body.put("obligationId", obligation);
        body.put("indicators", Map.of());
        body.put("taskProgress", List.of());
        body.put("narrative", narrative);
        return given().auth().oauth2(reporter(district)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private static void submit(Org district, String id, long version) {
        given().auth().oauth2(reporter(district)).contentType(ContentType.JSON).body(Map.of("version", version))
                .when().post("/api/v1/reports/{id}/submit", id).then().statusCode(200);
    }

    private static String reporter(Org organization) {
        return TestTokens.user("reporter-" + organization.code(), organization.code(), "reporter");
    }

    private static String reviewer(Org organization) {
        return TestTokens.user("reviewer-" + organization.code(), organization.code(), "reviewer", "reader");
    }
}
