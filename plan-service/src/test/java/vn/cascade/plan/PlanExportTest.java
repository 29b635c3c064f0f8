package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.plan.PlanSearchTest.draft;
import static vn.cascade.plan.PlanSearchTest.issue;
import static vn.cascade.plan.PlanSearchTest.plan;
import static vn.cascade.plan.PlanSearchTest.reader;
import static vn.cascade.plan.PlanSearchTest.task;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.plan.Fixtures.Org;

/** Issue 19, exports: a plan with its tasks, and task lists across plans, as CSV and XLSX in Vietnamese or English. */
@QuarkusTest
class PlanExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Fixtures fixtures;

    @Test
    void shouldExportAPlanWithItsTasksAndTaskListsAsCsvAndXlsx() throws IOException {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org other = fixtures.organization("HU-GIOLINH", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        String directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        Map<String, Object> body = plan(district, directive, "KH", "2023-01-09",
                "Kế hoạch phát triển đảng viên năm 2023", "Kết nạp đảng viên mới",
                task("1.1", "Kết nạp đảng viên trong học sinh, sinh viên, \"chi bộ bốn tốt\""));
        String id = issue(district, body);
        String symbol = (String) body.get("symbol");

        // CSV by default: UTF-8 with a byte-order mark, Vietnamese headings, one row a task
        byte[] csv = given().auth().oauth2(reader(other)).when().get("/api/v1/plans/{id}/export", id).then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(".csv")).extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFKế hoạch,Trạng thái kế hoạch,Cơ quan ban hành,Số thứ tự,Nhiệm vụ,"
                + "Đơn vị chủ trì,Đơn vị phối hợp,Thời gian thực hiện,Hạn hoàn thành,Trạng thái,Tiến độ (%)"), text);
        assertTrue(text.contains(symbol + ",Đã ban hành," + district.code() + ",1.1,\"Kết nạp đảng viên trong học sinh, "
                + "sinh viên, \"\"chi bộ bốn tốt\"\"\",Ban Tổ chức Huyện ủy,,Thường xuyên,,Chưa thực hiện,0,"), text);
        String english = new String(given().auth().oauth2(reader(other)).header("Accept-Language", "en")
                .queryParam("format", "csv").when().get("/api/v1/plans/{id}/export", id).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(english.startsWith("\uFEFFPlan,Plan status,Issuing organisation,No.,Task,Lead units"), english);
        assertTrue(english.contains(symbol + ",Issued,"), english);

        // XLSX by Accept: the plan's fields, then its tasks
        byte[] xlsx = given().auth().oauth2(reader(other)).accept(XLSX).when().get("/api/v1/plans/{id}/export", id)
                .then().statusCode(200).contentType(XLSX).header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("Kế hoạch", "Nhiệm vụ"), sheets.stream().map(Sheet::getName).toList());
            List<Row> fields = sheets.get(0).read();
            assertEquals("Mục", fields.get(0).getCellText(0));
            assertEquals("Số, ký hiệu", fields.get(1).getCellText(0));
            assertEquals(symbol, fields.get(1).getCellText(1));
            assertEquals("Kế hoạch phát triển đảng viên năm 2023", cell(fields, "Trích yếu"));
            assertEquals("Đã ban hành", cell(fields, "Trạng thái"));
            assertEquals("T/M BAN THƯỜNG VỤ, Bí thư, Trần Nhật Quang", cell(fields, "Người ký"));
            List<Row> tasks = sheets.get(1).read();
            assertEquals(2, tasks.size());
            assertEquals("Nhiệm vụ", tasks.get(0).getCellText(4));
            assertEquals("Kết nạp đảng viên trong học sinh, sinh viên, \"chi bộ bốn tốt\"", tasks.get(1).getCellText(4));
            assertEquals(0, BigDecimal.ZERO.compareTo(tasks.get(1).getCellAsNumber(10).orElseThrow()));
        }

        // task lists across plans, with the list's filters
        byte[] listed = given().auth().oauth2(reader(province)).queryParam("plan", id).queryParam("format", "xlsx")
                .header("Accept-Language", "en").when().get("/api/v1/tasks/export").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(listed))) {
            Sheet sheet = workbook.getFirstSheet();
            assertEquals("Tasks", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(2, rows.size());
            assertEquals("Plan", rows.get(0).getCellText(0));
            assertEquals(symbol, rows.get(1).getCellText(0));
            assertEquals("1.1", rows.get(1).getCellText(2));
            assertEquals("Not started", rows.get(1).getCellText(8));
            assertEquals("No", rows.get(1).getCellText(12));
        }
        String done = new String(given().auth().oauth2(reader(province)).queryParam("plan", id).queryParam("done", true)
                .accept("text/csv").when().get("/api/v1/tasks/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(1, done.lines().count(), done); // the heading only: the task is not done

        // refusals: unknown or JSON format, a draft outside the caller's chain, no token
        given().auth().oauth2(reader(other)).queryParam("format", "pdf").when().get("/api/v1/plans/{id}/export", id)
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        given().auth().oauth2(reader(other)).queryParam("format", "json").when().get("/api/v1/tasks/export")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        given().auth().oauth2(reader(other)).queryParam("done", "maybe").when().get("/api/v1/tasks/export")
                .then().statusCode(400);
        String drafted = draft(district, plan(district, directive, "KH", "2024-01-09", "Dự thảo kế hoạch",
                "Mục đích", task("1", "Nhiệm vụ")));
        given().auth().oauth2(reader(other)).when().get("/api/v1/plans/{id}/export", drafted).then().statusCode(404);
        given().auth().oauth2(reader(district)).when().get("/api/v1/plans/{id}/export", drafted).then().statusCode(200);
        given().when().get("/api/v1/plans/{id}/export", id).then().statusCode(401);
        given().when().get("/api/v1/tasks/export").then().statusCode(401);
    }

    private static String cell(List<Row> rows, String field) {
        return rows.stream().filter(row -> field.equals(row.getCellText(0))).findFirst().orElseThrow().getCellText(1);
    }
}
