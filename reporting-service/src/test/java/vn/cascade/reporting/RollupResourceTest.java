package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.documents.Target.Comparator;
import vn.cascade.common.documents.Target.TargetPeriod;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.OrganizationPlacement;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.OrganizationSuccession;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;

/** Roll-ups and completeness over the annual reports of 2025 of a province's own small tree. */
@QuarkusTest
class RollupResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TestOrganizations organizations;
    @Inject
    TestPlans plans;
    @Inject
    TestClock clock;
    @Inject
    CloudEventCodec codec;
    @Inject
    ObjectMapper objectMapper;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldSumAThreeLevelTreeRecomputeRatesAndFlagAMissedTarget() throws IOException {
        // given a province, two districts and their grassroots organisations, one of them dissolved in October 2025
        Org province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, null);
        Org vinhLinh = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org gioLinh = organizations.organization("HU", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        Org hoXa = organizations.organization("DU", "Đảng ủy thị trấn Hồ Xá", OrganizationLevel.GRASSROOTS, vinhLinh);
        Org vinhThach = organizations.organization("DU", "Đảng ủy xã Vĩnh Thạch", OrganizationLevel.GRASSROOTS, vinhLinh);
        Org gioViet = organizations.organization("DU", "Đảng ủy xã Gio Việt", OrganizationLevel.GRASSROOTS, gioLinh);
        Org gioHai = organizations.organization("DU", "Đảng ủy xã Gio Hải", OrganizationLevel.GRASSROOTS, gioLinh);
        Org gioMai = organizations.organization("DU", "Đảng ủy xã Gio Mai", OrganizationLevel.GRASSROOTS, gioLinh,
                LocalDate.of(2025, 10, 1));
        // and the province's plan with its targets, obliging the grassroots to report yearly to their district
        issue(province, List.of(
                        target("NEW_MEMBER_RATE", Comparator.AT_LEAST, 3, Target.Unit.PERCENT),
                        target("ORGS_GOOD_RATE", Comparator.AT_LEAST, 90, Target.Unit.PERCENT),
                        target("NEW_MEMBERS_ADMITTED", Comparator.AT_LEAST, 15, Target.Unit.COUNT)),
                requirement(List.of(hoXa, vinhThach), vinhLinh, 5), requirement(List.of(gioViet, gioHai, gioMai), gioLinh, 5));
        // when they report (10 of 100 is 10 %, 2 of 400 is 0.5 %: averaging rates would be wrong)
        accept(report(hoXa, Map.of("NEW_MEMBERS_ADMITTED", 10, "TOTAL_MEMBERS", 100, "ORGS_RATED_GOOD_OR_BETTER", 9,
                "ORGS_RATED", 10)), vinhLinh);
        accept(report(vinhThach, Map.of("NEW_MEMBERS_ADMITTED", 2, "TOTAL_MEMBERS", 400, "ORGS_RATED_GOOD_OR_BETTER", 4,
                "ORGS_RATED", 5)), vinhLinh);
        accept(report(gioViet, Map.of("NEW_MEMBERS_ADMITTED", 3, "TOTAL_MEMBERS", 300, "ORGS_RATED_GOOD_OR_BETTER", 20,
                "ORGS_RATED", 20)), gioLinh);
        report(gioHai, Map.of("NEW_MEMBERS_ADMITTED", 5, "TOTAL_MEMBERS", 200)); // submitted, not accepted
        accept(report(gioMai, Map.of("NEW_MEMBERS_ADMITTED", 1, "TOTAL_MEMBERS", 100)), gioLinh);

        // then the province sees 16 of 900 admitted: 1.78 %, below its 3 % (the grassroots' average would be 3.13 %)
        JsonPath rollup = rollup(reader(province), province, Map.of()).statusCode(200)
                .body("hierarchy", equalTo("PERIOD"))
                .body("total.reportingOrganizations", equalTo(4))
                .body("subordinates.organization.code", contains(sorted(vinhLinh.code(), gioLinh.code())))
                .body("own", nullValue())
                .extract().jsonPath();
        assertFigure(rollup, "total", "NEW_MEMBER_RATE", "1.78", "NOT_MET");
        assertEquals(16, rollup.getInt("total.figures.find { it.indicator == 'NEW_MEMBER_RATE' }.numerator"));
        assertEquals(900, rollup.getInt("total.figures.find { it.indicator == 'NEW_MEMBER_RATE' }.denominator"));
        assertEquals("48-CTr/TU", rollup.getString(
                "total.figures.find { it.indicator == 'NEW_MEMBER_RATE' }.targets[0].planSymbol"));
        assertFigure(rollup, "total", "ORGS_GOOD_RATE", "94.29", "MET");
        assertFigure(rollup, "total", "NEW_MEMBERS_ADMITTED", "16", "MET");
        assertFigure(rollup, "total", "VILLAGE_CELL_COMMITTEE_RATE", null, "NO_TARGET");
        // drill-down: Vĩnh Linh 12 of 500 = 2.40 % (averaging its two would say 5.25 %), Gio Linh 4 of 400 = 1.00 %
        String vinhLinhRow = "subordinates.find { it.organization.code == '" + vinhLinh.code() + "' }";
        assertFigure(rollup, vinhLinhRow, "NEW_MEMBER_RATE", "2.40", "NO_TARGET");
        assertEquals(2, rollup.getInt(vinhLinhRow + ".reportingOrganizations"));
        assertFigure(rollup, "subordinates.find { it.organization.code == '" + gioLinh.code() + "' }",
                "NEW_MEMBER_RATE", "1.00", "NO_TARGET");

        // today's hierarchy leaves out the organisation dissolved since: 15 of 800
        JsonPath current = rollup(reader(province), province, Map.of("hierarchy", "current")).statusCode(200)
                .body("hierarchy", equalTo("CURRENT")).extract().jsonPath();
        assertFigure(current, "total", "NEW_MEMBER_RATE", "1.88", "NOT_MET");
        rollup(reader(gioLinh), gioLinh, Map.of()).statusCode(200).body("subordinates", hasSize(3));
        rollup(reader(gioLinh), gioLinh, Map.of("hierarchy", "current")).statusCode(200).body("subordinates", hasSize(2));
        // submitted reports on request: 21 of 1100
        JsonPath submitted = rollup(reader(province), province, Map.of("includeSubmitted", "true",
                "indicators", "NEW_MEMBER_RATE")).statusCode(200).body("indicators", contains("NEW_MEMBER_RATE"))
                .body("total.figures", hasSize(1)).extract().jsonPath();
        assertFigure(submitted, "total", "NEW_MEMBER_RATE", "1.91", "NOT_MET");

        // the XLSX export opens and holds the same figures, Vietnamese names intact
        byte[] xlsx = given().auth().oauth2(reader(province)).accept(XLSX)
                .queryParam("organization", province.code()).queryParam("periodKind", "YEAR").queryParam("year", 2025)
                .queryParam("indicators", "NEW_MEMBER_RATE,NEW_MEMBERS_ADMITTED")
                .when().get("/api/v1/rollups").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();
            assertEquals("Tỉ lệ kết nạp đảng viên mới so với tổng số đảng viên (NEW_MEMBER_RATE)",
                    rows.get(0).getCellText(5));
            Row total = rows.get(1);
            assertEquals("Tổng", total.getCellText(0));
            assertEquals("Tỉnh ủy Quảng Trị", total.getCellText(2));
            assertNumber("1.78", total.getCellAsNumber(5));
            assertEquals("Không đạt", total.getCellText(6));
            assertEquals("Cấp tỉnh", total.getCellText(3));
            assertEquals("Phạm vi", rows.get(0).getCellText(0));
            assertEquals("Tổng hợp năm 2025", sheet.getName());
            assertNumber("16", total.getCellAsNumber(7));
            Row vinhLinhCells = rows.stream().filter(row -> vinhLinh.code().equals(row.getCellText(1))).findFirst()
                    .orElseThrow();
            assertEquals("Huyện ủy Vĩnh Linh", vinhLinhCells.getCellText(2));
            assertNumber("2.40", vinhLinhCells.getCellAsNumber(5));
            assertNumber("12", vinhLinhCells.getCellAsNumber(7));
        }
        // the same export with Accept-Language vi reads the same; with en it is worded in English, the
        // catalogue's English names heading the columns
        for (String language : List.of("vi", "en")) {
            byte[] worded = given().auth().oauth2(reader(province)).accept(XLSX).header("Accept-Language", language)
                    .queryParam("organization", province.code()).queryParam("periodKind", "YEAR")
                    .queryParam("year", 2025).queryParam("indicators", "NEW_MEMBER_RATE,NEW_MEMBERS_ADMITTED")
                    .when().get("/api/v1/rollups").then().statusCode(200).contentType(XLSX).extract().asByteArray();
            boolean english = language.equals("en");
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(worded))) {
                Sheet sheet = workbook.getFirstSheet();
                List<Row> rows = sheet.read();
                assertEquals(english ? "Roll-up year 2025" : "Tổng hợp năm 2025", sheet.getName());
                assertEquals(english ? List.of("Scope", "Organisation code", "Organisation name", "Level",
                                "Organisations reporting")
                                : List.of("Phạm vi", "Mã đơn vị", "Tên đơn vị", "Cấp", "Số đơn vị có báo cáo"),
                        java.util.stream.IntStream.range(0, 5).mapToObj(rows.get(0)::getCellText).toList());
                assertEquals(english ? "New members admitted as a share of all members (NEW_MEMBER_RATE)"
                        : "Tỉ lệ kết nạp đảng viên mới so với tổng số đảng viên (NEW_MEMBER_RATE)",
                        rows.get(0).getCellText(5));
                assertEquals(english ? "New members admitted as a share of all members (NEW_MEMBER_RATE) – assessment"
                        : "Tỉ lệ kết nạp đảng viên mới so với tổng số đảng viên (NEW_MEMBER_RATE) – đánh giá",
                        rows.get(0).getCellText(6));
                Row total = rows.get(1);
                assertEquals(english ? List.of("Total", "Tỉnh ủy Quảng Trị", "Provincial", "Not met")
                                : List.of("Tổng", "Tỉnh ủy Quảng Trị", "Cấp tỉnh", "Không đạt"),
                        List.of(total.getCellText(0), total.getCellText(2), total.getCellText(3), total.getCellText(6)));
                assertNumber("1.78", total.getCellAsNumber(5));
            }
        }
        // CSV: UTF-8 with a byte-order mark, by Accept or by format=csv
        byte[] csv = given().auth().oauth2(reader(province)).queryParam("format", "csv")
                .queryParam("organization", province.code()).queryParam("periodKind", "YEAR").queryParam("year", 2025)
                .when().get("/api/v1/rollups").then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("Tổng," + province.code() + ",Tỉnh ủy Quảng Trị,Cấp tỉnh,4,16,Đạt,900,"), text);
        assertTrue(text.contains("Huyện ủy Gio Linh") && text.contains(",1.78,Không đạt,"), text);
    }

    @Test
    void shouldSumAPastYearOverItsOwnHierarchyOrTodaysWithSuccessors() {
        // given a province with three districts; Cam Lộ merged into Đông Hà on 1 July 2025, its communes moving along
        Org province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, null);
        Org camLo = organizations.organization("HU", "Huyện ủy Cam Lộ", OrganizationLevel.DISTRICT, province);
        Org dongHa = organizations.organization("TH", "Thành ủy Đông Hà", OrganizationLevel.DISTRICT, province);
        Org haiLang = organizations.organization("HU", "Huyện ủy Hải Lăng", OrganizationLevel.DISTRICT, province);
        Org camThanh = organizations.organization("DU", "Đảng ủy xã Cam Thành", OrganizationLevel.GRASSROOTS, camLo);
        Org camLoTown = organizations.organization("DU", "Đảng ủy thị trấn Cam Lộ", OrganizationLevel.GRASSROOTS, camLo);
        Org ward1 = organizations.organization("DU", "Đảng ủy Phường 1", OrganizationLevel.GRASSROOTS, dongHa);
        Org haiQuy = organizations.organization("DU", "Đảng ủy xã Hải Quy", OrganizationLevel.GRASSROOTS, haiLang);
        Org haiPhu = organizations.organization("DU", "Đảng ủy xã Hải Phú", OrganizationLevel.GRASSROOTS, haiLang);
        LocalDate merger = LocalDate.of(2025, 7, 1);
        LocalDate split = LocalDate.of(2025, 10, 1);
        organizations.publish(gone(camLo, OrganizationLevel.DISTRICT, province, merger,
                List.of(new OrganizationSuccession(dongHa.id(), dongHa.code(), SuccessionKind.MERGER, merger))));
        organizations.publish(moved(camThanh, camLo, dongHa, merger));
        organizations.publish(moved(camLoTown, camLo, dongHa, merger));
        // and Hải Phú split on 1 October into a ward of Đông Hà and a commune of Hải Lăng (no rule divides its counts)
        Org haiPhuNorth = created("DU", "Đảng ủy phường Hải Phú Bắc", dongHa, split, haiPhu);
        Org haiPhuSouth = created("DU", "Đảng ủy xã Hải Phú Nam", haiLang, split, haiPhu);
        organizations.publish(gone(haiPhu, OrganizationLevel.GRASSROOTS, haiLang, split, List.of(
                new OrganizationSuccession(haiPhuNorth.id(), haiPhuNorth.code(), SuccessionKind.SPLIT, split),
                new OrganizationSuccession(haiPhuSouth.id(), haiPhuSouth.code(), SuccessionKind.SPLIT, split))));
        // and the province's plan asking every one of them for its 2025 reports
        issue(province, List.of(), new ReportingRequirement(UUID.randomUUID(), Stream.of(camThanh, camLoTown, ward1,
                haiQuy, haiPhu, camLo, dongHa).map(Org::ref).toList(), province.ref(), null,
                Set.of(ReportingFrequency.QUARTERLY, ReportingFrequency.ANNUAL), List.of(2025), 5, 7));

        // when each reports its year (Cam Lộ and Hải Phú for the months they existed, written by their successors'
        // reporters: the users of a ceased organisation write nothing more) and Cam Thành its first quarter
        accept(report(camThanh, "Q1", Map.of("NEW_MEMBERS_ADMITTED", 4, "TOTAL_MEMBERS", 200)), province);
        accept(report(camThanh, "YEAR", Map.of("NEW_MEMBERS_ADMITTED", 10, "TOTAL_MEMBERS", 200)), province);
        accept(report(camLoTown, "YEAR", Map.of("NEW_MEMBERS_ADMITTED", 5, "TOTAL_MEMBERS", 100)), province);
        accept(report(ward1, "YEAR", Map.of("NEW_MEMBERS_ADMITTED", 8, "TOTAL_MEMBERS", 400)), province);
        accept(report(haiQuy, "YEAR", Map.of("NEW_MEMBERS_ADMITTED", 2, "TOTAL_MEMBERS", 100)), province);
        accept(report(haiPhu, haiPhuNorth, "YEAR", Map.of("NEW_MEMBERS_ADMITTED", 3, "TOTAL_MEMBERS", 100)), province);
        accept(report(camLo, dongHa, "YEAR", Map.of("NEW_MEMBERS_ADMITTED", 1, "TOTAL_MEMBERS", 50)), province);
        accept(report(dongHa, "YEAR", Map.of("NEW_MEMBERS_ADMITTED", 2, "TOTAL_MEMBERS", 150)), province);

        // then the year over its own hierarchy: each organisation where it sat last in 2025; Cam Lộ its own figures
        JsonPath period = rollup(reader(province), province, Map.of("indicators", "NEW_MEMBER_RATE")).statusCode(200)
                .body("hierarchy", equalTo("PERIOD")).body("total.reportingOrganizations", equalTo(7))
                .body("subordinates.organization.code", contains(sorted(camLo.code(), dongHa.code(), haiLang.code())))
                .extract().jsonPath();
        assertRate(period, "total", 31, 1100, "2.82");
        assertRate(period, row(camLo), 1, 50, "2.00");
        assertRate(period, row(dongHa), 25, 850, "2.94");
        assertRate(period, row(haiLang), 5, 200, "2.50");
        assertNull(period.get(row(haiLang) + ".splitInto"));
        // the first quarter: Cam Thành still sat under Cam Lộ
        JsonPath firstQuarter = rollup(reader(province), province, Map.of("periodKind", "Q1",
                "indicators", "NEW_MEMBER_RATE")).statusCode(200).extract().jsonPath();
        assertRate(firstQuarter, row(camLo), 4, 200, "2.00");
        assertEquals(0, firstQuarter.getInt(row(dongHa) + ".reportingOrganizations"));

        // and over today's: Cam Lộ counts for Đông Hà, Hải Phú whole at the province, shown as split
        JsonPath current = rollup(reader(province), province, Map.of("hierarchy", "current",
                "indicators", "NEW_MEMBER_RATE")).statusCode(200)
                .body("hierarchy", equalTo("CURRENT")).body("total.reportingOrganizations", equalTo(7))
                .body("subordinates.organization.code", contains(sorted(dongHa.code(), haiLang.code(), haiPhu.code())))
                .extract().jsonPath();
        assertRate(current, "total", 31, 1100, "2.82");
        assertRate(current, row(dongHa), 26, 900, "2.89");
        assertEquals(5, current.getInt(row(dongHa) + ".reportingOrganizations"));
        assertRate(current, row(haiLang), 2, 100, "2.00");
        assertRate(current, row(haiPhu), 3, 100, "3.00");
        assertEquals(List.of(sorted(haiPhuNorth.code(), haiPhuSouth.code())),
                List.of(current.getList(row(haiPhu) + ".splitInto.code", String.class).toArray(String[]::new)));
        JsonPath firstQuarterToday = rollup(reader(province), province, Map.of("periodKind", "Q1",
                "hierarchy", "CURRENT", "indicators", "NEW_MEMBER_RATE")).statusCode(200).extract().jsonPath();
        assertRate(firstQuarterToday, row(dongHa), 4, 200, "2.00");

        // the successor's own drill-down: Cam Lộ's own report counts as Đông Hà's own today, not in 2025's hierarchy
        JsonPath dongHaPeriod = rollup(reader(dongHa), dongHa, Map.of("indicators", "NEW_MEMBER_RATE"))
                .statusCode(200).body("subordinates.organization.code", contains(sorted(camThanh.code(),
                        camLoTown.code(), ward1.code(), haiPhuNorth.code()))).extract().jsonPath();
        assertRate(dongHaPeriod, "total", 25, 850, "2.94");
        assertRate(dongHaPeriod, "own", 2, 150, "1.33");
        JsonPath dongHaToday = rollup(reader(dongHa), dongHa, Map.of("hierarchy", "current",
                "indicators", "NEW_MEMBER_RATE")).statusCode(200).extract().jsonPath();
        assertRate(dongHaToday, "total", 26, 900, "2.89");
        assertRate(dongHaToday, "own", 3, 200, "1.50");
        assertEquals(2, dongHaToday.getInt("own.reportingOrganizations"));

        // completeness follows the same hierarchies
        given().auth().oauth2(reviewer(province)).queryParam("periodKind", "YEAR").queryParam("year", 2025)
                .when().get("/api/v1/rollups/completeness").then().statusCode(200)
                .body("total.due", equalTo(7)).body("total.submitted", equalTo(7))
                .body("subordinates.find { it.organization.code == '" + camLo.code() + "' }.due", equalTo(1))
                .body("subordinates.find { it.organization.code == '" + dongHa.code() + "' }.due", equalTo(4));
        given().auth().oauth2(reviewer(province)).queryParam("periodKind", "YEAR").queryParam("year", 2025)
                .queryParam("hierarchy", "current").when().get("/api/v1/rollups/completeness").then().statusCode(200)
                .body("total.due", equalTo(7))
                .body("subordinates.find { it.organization.code == '" + dongHa.code() + "' }.due", equalTo(5))
                .body("subordinates.find { it.organization.code == '" + haiPhu.code() + "' }.due", equalTo(1));
    }

    @Test
    void shouldShowCompletenessAndTimelinessOfAMixedSet() {
        // given a province, two districts, three grassroots organisations
        Org province = organizations.organization("TU", "Thành ủy Đà Nẵng", OrganizationLevel.PROVINCIAL, null);
        Org haiChau = organizations.organization("QU", "Quận ủy Hải Châu", OrganizationLevel.DISTRICT, province);
        Org hoaVang = organizations.organization("HU", "Huyện ủy Hòa Vang", OrganizationLevel.DISTRICT, province);
        Org thachThang = organizations.organization("DU", "Đảng ủy phường Thạch Thang", OrganizationLevel.GRASSROOTS,
                haiChau);
        Org hoaCuong = organizations.organization("DU", "Đảng ủy phường Hòa Cường Bắc", OrganizationLevel.GRASSROOTS,
                haiChau);
        Org hoaBac = organizations.organization("DU", "Đảng ủy xã Hòa Bắc", OrganizationLevel.GRASSROOTS, hoaVang);
        // grassroots reports for 2025 were due on 5 January 2026; the districts' are due in February 2027
        issue(province, List.of(), requirement(List.of(thachThang, hoaCuong), haiChau, 5),
                requirement(List.of(hoaBac), hoaVang, 5), requirement(List.of(haiChau, hoaVang), province, 400));

        // when Hòa Bắc reported on 3 January 2026 (on time), Thạch Thang only now (late), Hải Châu now (early),
        // and Hòa Cường (past due) and Hòa Vang (not yet due) have not reported
        clock.set(Instant.parse("2026-01-03T03:00:00Z"));
        report(hoaBac, Map.of("NEW_MEMBERS_ADMITTED", 1, "TOTAL_MEMBERS", 50));
        clock.reset();
        report(thachThang, Map.of("NEW_MEMBERS_ADMITTED", 1, "TOTAL_MEMBERS", 50));
        report(haiChau, Map.of("NEW_MEMBERS_ADMITTED", 2, "TOTAL_MEMBERS", 900));

        // then 4 were due, 3 submitted, 2 on time
        JsonPath table = given().auth().oauth2(reviewer(province)).queryParam("periodKind", "YEAR")
                .queryParam("year", 2025).when().get("/api/v1/rollups/completeness").then().statusCode(200)
                .body("organization.code", equalTo(province.code()))
                .body("total.due", equalTo(4)).body("total.submitted", equalTo(3)).body("total.onTime", equalTo(2))
                .body("total.completeness", equalTo(75.00f)).body("total.timeliness", equalTo(50.00f))
                .body("own", nullValue())
                .body("notReported.organization.code", contains(hoaCuong.code()))
                .body("notReported[0].organization.name", equalTo("Đảng ủy phường Hòa Cường Bắc"))
                .extract().jsonPath();
        String haiChauRow = "subordinates.find { it.organization.code == '" + haiChau.code() + "' }";
        assertEquals(List.of(3, 2, 1, 1), List.of(table.getInt(haiChauRow + ".due"), table.getInt(haiChauRow + ".submitted"),
                table.getInt(haiChauRow + ".onTime"), table.getInt(haiChauRow + ".missing")));
        assertEquals(66.67f, table.getFloat(haiChauRow + ".completeness"));
        assertEquals(33.33f, table.getFloat(haiChauRow + ".timeliness"));
        String hoaVangRow = "subordinates.find { it.organization.code == '" + hoaVang.code() + "' }";
        assertEquals(100f, table.getFloat(hoaVangRow + ".completeness"));
        assertEquals(100f, table.getFloat(hoaVangRow + ".timeliness"));
        assertEquals(1, table.getInt("levels.find { it.level == 'DISTRICT' }.due"));
        assertEquals(List.of(3, 2, 1), List.of(table.getInt("levels.find { it.level == 'GRASSROOTS' }.due"),
                table.getInt("levels.find { it.level == 'GRASSROOTS' }.submitted"),
                table.getInt("levels.find { it.level == 'GRASSROOTS' }.onTime")));

        // and the table exports as CSV for Excel
        byte[] csvBytes = given().auth().oauth2(reviewer(province)).accept("text/csv").queryParam("periodKind", "YEAR")
                .queryParam("year", 2025).when().get("/api/v1/rollups/completeness").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFPhạm vi,Mã đơn vị,Tên đơn vị,Cấp,Phải báo cáo"), csv);
        assertTrue(csv.contains("Trực thuộc," + haiChau.code() + ",Quận ủy Hải Châu,Cấp huyện,3,2,1,1,66.67,33.33"), csv);
        String english = new String(given().auth().oauth2(reviewer(province)).accept("text/csv")
                .header("Accept-Language", "en").queryParam("periodKind", "YEAR").queryParam("year", 2025)
                .when().get("/api/v1/rollups/completeness").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertTrue(english.startsWith("\uFEFFScope,Organisation code,Organisation name,Level,Due,Submitted,On time"),
                english);
        assertTrue(english.contains("Subordinate," + haiChau.code() + ",Quận ủy Hải Châu,District,3,2,1,1,66.67,33.33"),
                english);
        assertTrue(english.contains("By level,,,Grassroots,3,2,1,"), english);
    }

    @Test
    void shouldRefuseAnotherProvinceAndBadInput() {
        Org province = organizations.organization("TU", "Tỉnh ủy Quảng Bình", OrganizationLevel.PROVINCIAL, null);
        Org district = organizations.organization("HU", "Huyện ủy Bố Trạch", OrganizationLevel.DISTRICT, province);
        Org otherProvince = organizations.organization("TU", "Tỉnh ủy Hà Tĩnh", OrganizationLevel.PROVINCIAL, null);

        rollup(reviewer(otherProvince), province, Map.of()).statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(reviewer(otherProvince)).queryParam("organization", district.code())
                .queryParam("periodKind", "YEAR").queryParam("year", 2025)
                .when().get("/api/v1/rollups/completeness").then().statusCode(403).contentType(PROBLEM);
        rollup(reader(district), province, Map.of()).statusCode(403);
        rollup(reader(province), district, Map.of()).statusCode(200).body("total.reportingOrganizations", equalTo(0));
        rollup(TestTokens.user("admin", "TW-ADMIN", "admin"), province, Map.of()).statusCode(200);
        rollup(TestTokens.user("rp", province.code(), "reporter"), province, Map.of()).statusCode(403);
        given().queryParam("periodKind", "YEAR").queryParam("year", 2025).when().get("/api/v1/rollups")
                .then().statusCode(401);

        rollup(reader(province), province, Map.of("periodKind", "Q5")).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("periodKind"));
        rollup(reader(province), province, Map.of("indicators", "NEW_MEMBER_RATE,PARTY_FEES")).statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("indicators"))
                .body("errors[0].message", containsString("PARTY_FEES"));
        rollup(reader(province), province, Map.of("year", "twenty")).statusCode(400)
                .body("errors[0].field", equalTo("year"));
        rollup(reader(province), province, Map.of("hierarchy", "yesterday")).statusCode(400)
                .body("errors[0].field", equalTo("hierarchy"));
        rollup(reader(province), province, Map.of("format", "pdf")).statusCode(400)
                .body("errors[0].field", equalTo("format"));
        given().auth().oauth2(reader(province)).accept("text/csv").queryParam("year", 2025)
                .when().get("/api/v1/rollups").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("periodKind"));
        rollup(reader(province), new Org(UUID.randomUUID(), "TU-NOWHERE", "", ""), Map.of()).statusCode(404)
                .contentType(PROBLEM);
    }

    // --- given: a plan issued by the province, reports through the API ---

    private void issue(Org issuer, List<Target> targets, ReportingRequirement... requirements) {
        UUID id = UUID.randomUUID();
        PlanSnapshot plan = new PlanSnapshot(id, "48-CTr/TU", "CTr", issuer.id(), issuer.code(), LocalDate.of(2023, 1, 9),
                "Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW", "ISSUED", 1, null, null, List.of(), targets,
                List.of(), List.of(requirements), null);
        String eventId = UUID.randomUUID().toString();
        try {
            KafkaProbe.send(Topics.PLANS, id.toString(), codec.encode(eventId, URI.create("/cascade/plan-service"),
                    PlanSnapshot.ISSUED, id.toString(), OffsetDateTime.now(), objectMapper.writeValueAsString(plan)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(eventId));
    }

    // --- given: restructuring, as directive-service publishes it ---

    /** The organisation ceased on {@code on}, handing over to {@code successors}. */
    private static OrganizationSnapshot gone(Org organization, OrganizationLevel level, Org parent, LocalDate on,
            List<OrganizationSuccession> successors) {
        return new OrganizationSnapshot(organization.id(), organization.code(), organization.name(), null, level,
                OrganizationKind.PARTY_COMMITTEE, parent.id(), organization.path(), false, 100, null,
                LocalDate.of(2020, 1, 1), on, List.of(new OrganizationPlacement(parent.id(), organization.path(),
                        LocalDate.of(2020, 1, 1), on)), successors, List.of(), 1);
    }

    /** The grassroots organisation moved from one district to another on {@code on}. */
    private static OrganizationSnapshot moved(Org organization, Org from, Org to, LocalDate on) {
        String path = to.path() + "/" + organization.id();
        return new OrganizationSnapshot(organization.id(), organization.code(), organization.name(), null,
                OrganizationLevel.GRASSROOTS, OrganizationKind.PARTY_COMMITTEE, to.id(), path, true, 100, null,
                LocalDate.of(2020, 1, 1), null, List.of(
                        new OrganizationPlacement(from.id(), organization.path(), LocalDate.of(2020, 1, 1), on),
                        new OrganizationPlacement(to.id(), path, on, null)), List.of(), List.of(), 1);
    }

    /** A grassroots organisation that came out of {@code predecessor}'s split on {@code on}. */
    private Org created(String prefix, String name, Org parent, LocalDate on, Org predecessor) {
        UUID id = UUID.randomUUID();
        Org organization = new Org(id, prefix + "-" + id.toString().substring(0, 6).toUpperCase(), name,
                parent.path() + "/" + id);
        organizations.publish(new OrganizationSnapshot(id, organization.code(), name, null,
                OrganizationLevel.GRASSROOTS, OrganizationKind.PARTY_COMMITTEE, parent.id(), organization.path(), true,
                100, null, on, null, List.of(new OrganizationPlacement(parent.id(), organization.path(), on, null)),
                List.of(), List.of(new OrganizationSuccession(predecessor.id(), predecessor.code(), SuccessionKind.SPLIT,
                        on)), 0));
        return organization;
    }

    private static String row(Org organization) {
        return "subordinates.find { it.organization.code == '" + organization.code() + "' }";
    }

    private static void assertRate(JsonPath rollup, String row, long numerator, long denominator, String value) {
        String figure = row + ".figures.find { it.indicator == 'NEW_MEMBER_RATE' }";
        assertEquals(numerator, rollup.getLong(figure + ".numerator"), figure);
        assertEquals(denominator, rollup.getLong(figure + ".denominator"), figure);
        assertEquals(0, new BigDecimal(value).compareTo(new BigDecimal(rollup.getString(figure + ".value"))),
                figure + ": " + rollup.getString(figure + ".value"));
    }

    private static ReportingRequirement requirement(List<Org> reporters, Org recipient, int dueDaysAfterPeriodEnd) {
        return new ReportingRequirement(UUID.randomUUID(), reporters.stream().map(Org::ref).toList(), recipient.ref(),
                null, Set.of(ReportingFrequency.ANNUAL), List.of(2025), dueDaysAfterPeriodEnd, 7);
    }

    private static Target target(String indicator, Comparator comparator, int value, Target.Unit unit) {
        return new Target(indicator, "Hằng năm " + indicator, comparator, BigDecimal.valueOf(value), null, unit,
                new TargetPeriod(TargetPeriod.Kind.ANNUALLY, 2020, 2030), null, null, null, null);
    }

    /** Drafts and submits the organisation's annual report for 2025; returns the report id. */
    private static String report(Org organization, Map<String, Integer> indicators) {
        return report(organization, "YEAR", indicators);
    }

    /** Drafts and submits the organisation's report for a period of 2025; returns the report id. */
    private static String report(Org organization, String periodKind, Map<String, Integer> indicators) {
        return report(organization, organization, periodKind, indicators);
    }

    /**
     * The organisation's report for a period of 2025, written and submitted by a reporter of {@code writer}: itself,
     * or once it has ceased its successor, which answers what it still owes.
     */
    private static String report(Org organization, Org writer, String periodKind, Map<String, Integer> indicators) {
        String obligationId = given().auth().oauth2(reporter(writer)).queryParam("organization", organization.code())
                .queryParam("year", 2025)
                .queryParam("periodKind", periodKind).when().get("/api/v1/obligations").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        Map<String, Object> body = new HashMap<>();
        body.put("obligationId", obligationId);
        body.put("indicators", indicators);
        body.put("narrative", Map.of("results", "Báo cáo kết quả năm 2025 của " + organization.name()));
        String id = given().auth().oauth2(reporter(writer)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(reporter(writer)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/reports/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private static void accept(String reportId, Org recipient) {
        given().auth().oauth2(reviewer(recipient)).contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().post("/api/v1/reports/{id}/accept", reportId).then().statusCode(200);
    }

    private static ValidatableResponse rollup(String token, Org organization, Map<String, String> parameters) {
        Map<String, String> query = new HashMap<>(Map.of("organization", organization.code(), "periodKind", "YEAR",
                "year", "2025"));
        query.putAll(parameters);
        return given().auth().oauth2(token).queryParams(query).when().get("/api/v1/rollups").then();
    }

    private static void assertFigure(JsonPath rollup, String row, String indicator, String value, String result) {
        String figure = row + ".figures.find { it.indicator == '" + indicator + "' }";
        Object actual = rollup.get(figure + ".value");
        if (value == null) {
            assertEquals(null, actual, figure);
        } else {
            assertEquals(0, new BigDecimal(value).compareTo(new BigDecimal(actual.toString())), figure + ": " + actual);
        }
        assertEquals(result, rollup.getString(figure + ".result"), figure);
    }

    private static void assertNumber(String expected, Optional<BigDecimal> cell) {
        assertEquals(0, new BigDecimal(expected).compareTo(cell.orElseThrow()), expected + " vs " + cell);
    }

    private static String[] sorted(String... codes) {
        String[] copy = codes.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static String reader(Org organization) {
        return TestTokens.user("reader-" + organization.code(), organization.code(), "reader");
    }

    private static String reviewer(Org organization) {
        return TestTokens.user("reviewer-" + organization.code(), organization.code(), "reviewer");
    }

    private static String reporter(Org organization) {
        return TestTokens.user("reporter-" + organization.code(), organization.code(), "reporter");
    }
}
