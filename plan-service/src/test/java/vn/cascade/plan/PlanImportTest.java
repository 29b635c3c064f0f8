package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;
import vn.cascade.plan.service.PlanImportService;
import vn.cascade.reader.testing.HeldImport;

@QuarkusTest
class PlanImportTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    Fixtures fixtures;

    @Inject
    PlanImportService imports;

    @Test
    void shouldDraftSeed03FromPlainTextAndIssueIt() throws IOException {
        Org quangTri = fixtures.organization("TU-QT", "Tỉnh ủy Quảng Trị (import)", OrganizationLevel.PROVINCIAL, null);
        fixtures.directive("21-NQ/TW", "NQ", quangTri, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        Org vinhLinh = fixtures.organization("HU-VL", "Huyện ủy Vĩnh Linh (import)", OrganizationLevel.DISTRICT, quangTri);
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/03-ke-hoach-68-KH-HU-huyen-uy-vinh-linh.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = given().auth().oauth2(issuer(vinhLinh)).contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .queryParam("issuingOrganizationCode", vinhLinh.code())
                .when().post("/api/v1/plans/import")
                .then().statusCode(201)
                .body("plan.status", equalTo("DRAFT"))
                .body("plan.symbol", equalTo("68-KH/HU"))
                .body("plan.issueDate", equalTo("2023-01-09"))
                .body("plan.implementsDirective.symbol", equalTo("21-NQ/TW"))
                .body("plan.tasks", hasSize(40))
                .body("warnings.line", hasItem(155))
                .extract().path("plan.id");
        given().auth().oauth2(issuer(vinhLinh)).contentType(ContentType.JSON).body(java.util.Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id)
                .then().statusCode(200).body("status", equalTo("ISSUED"))
                .body("implementsDirective.documentId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldDraftAndIssueAPlanImportedFromADocx() throws IOException {
        Org centre = fixtures.organization("BCHTW-I", "Ban Chấp hành Trung ương (import)", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-I", "Tỉnh ủy Thử Nghiệm " + ThreadLocalRandom.current().nextInt(1_000_000),
                OrganizationLevel.PROVINCIAL, centre);
        String directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        int number = Fixtures.documentNumber();
        byte[] docx = docx(number + "-KH/TU", directive);

        String id = given().auth().oauth2(issuer(province)).contentType(DOCX).body(docx)
                .queryParam("issuingOrganizationCode", province.code())
                .when().post("/api/v1/plans/import")
                .then().statusCode(201)
                .body("plan.symbol", equalTo(number + "-KH/TU"))
                .body("plan.tasks", hasSize(2))
                .body("plan.tasks[0].leadUnits[0].name", equalTo("Ban Tổ chức Tỉnh ủy"))
                .body("plan.tasks[0].timeframe.kind", equalTo("DUE_BY_MONTH"))
                .body("plan.targets[0].target.comparator", equalTo("AT_LEAST"))
                .extract().path("plan.id");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON).body(java.util.Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id)
                .then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    @Test
    void shouldDraftAndIssueAStatePlanImplementingAStateInstruction() {
        Org government = fixtures.organization("CP-I", "Chính phủ (import)", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("UBND-I", "Ủy ban nhân dân tỉnh Thử " + ThreadLocalRandom.current().nextInt(1_000_000),
                OrganizationLevel.PROVINCIAL, OrganizationKind.GOVERNMENT_BODY, null);
        int instruction = Fixtures.documentNumber();
        fixtures.directive(instruction + "/CT-TTg", "CT", government, LocalDate.of(2021, 7, 16), "PUBLISHED", List.of());
        int number = Fixtures.documentNumber();
        String text = """
                ỦY BAN NHÂN DÂN
                TỈNH THỬ
                Số: %d/KH-UBND
                Thử, ngày 21 tháng 10 năm 2021
                KẾ HOẠCH
                thực hiện Chỉ thị số %d/CT-TTG của Thủ tướng Chính phủ
                Thực hiện Chỉ thị số %d/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, Nghị định số 123/2015/NĐ-CP ngày \
                15/11/2015 của Chính phủ và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng \
                Trung ương, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
                I. NHIỆM VỤ
                1. Tổ chức phát động thi đua (hoàn thành trong tháng 12/2021).
                """.formatted(number, instruction, instruction);
        String id = given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).queryParam("issuingOrganizationCode", province.code())
                .when().post("/api/v1/plans/import")
                .then().statusCode(201)
                .body("plan.symbol", equalTo(number + "/KH-UBND"))
                .body("plan.implementsDirective.symbol", equalTo(instruction + "/CT-TTg"))
                .body("plan.basedOn.symbol", equalTo(List.of("123/2015/NĐ-CP", "16/KH-HĐTĐKT")))
                .extract().path("plan.id");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON).body(java.util.Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id)
                .then().statusCode(200).body("status", equalTo("ISSUED"))
                .body("symbol", equalTo(number + "/KH-UBND"))
                .body("implementsDirective.documentId", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(issuer(province)).queryParam("symbol", number + "/kh-ubnd")
                .when().get("/api/v1/plans/by-symbol")
                .then().statusCode(200).body("id", equalTo(id)).body("symbol", equalTo(number + "/KH-UBND"));
    }

    @Test
    void shouldRefuseASecondImportByTheSameCallerWhileTheFirstRuns() throws Exception {
        Org province = fixtures.organization("TU-G", "Tỉnh ủy Một Lần " + ThreadLocalRandom.current().nextInt(1_000_000),
                OrganizationLevel.PROVINCIAL, null);
        byte[] text = "Trích yếu\nKế hoạch thực hiện Kế hoạch số 120-KH/TU ngày 05/9/2022 của Ban Thường vụ Tỉnh ủy."
                .getBytes(StandardCharsets.UTF_8);
        // The first import waits in the gate, holding its caller's slot, until the test lets it go: no timing involved.
        try (HeldImport held = HeldImport.in(imports.gate())) {
            CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> given().auth().oauth2(issuer(province))
                    .contentType("text/plain; charset=UTF-8").queryParam("issuingOrganizationCode", province.code()).body(text)
                    .when().post("/api/v1/plans/import").then().extract().statusCode());
            assertTrue(held.entered(), "the first import reached the gate");
            given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8")
                    .queryParam("issuingOrganizationCode", province.code()).body(text)
                    .when().post("/api/v1/plans/import")
                    .then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("detail", org.hamcrest.Matchers.containsString("đang chạy"));
            // Another caller is not held back by this one's import.
            given().auth().oauth2(TestTokens.user("issuer2." + province.code(), province.code(), "issuer", "reader"))
                    .contentType("text/plain; charset=UTF-8").queryParam("issuingOrganizationCode", province.code())
                    .body("Kế hoạch thực hiện Nghị quyết số 21-NQ/TW.".getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/v1/plans/import")
                    .then().statusCode(201);
            held.release();
            assertEquals(201, running.get(2, TimeUnit.MINUTES));
            // The slot is free again once the first import has finished.
            given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8")
                    .queryParam("issuingOrganizationCode", province.code())
                    .body("Kế hoạch thực hiện Nghị quyết số 21-NQ/TW.".getBytes(StandardCharsets.UTF_8))
                    .when().post("/api/v1/plans/import")
                    .then().statusCode(201);
        }
    }

    @Test
    void shouldAnswerBadInputWithAProblem() {
        Org province = fixtures.organization("TU-B", "Tỉnh ủy Hỏng", OrganizationLevel.PROVINCIAL, null);
        given().auth().oauth2(issuer(province)).contentType("text/plain").body(new byte[0])
                .when().post("/api/v1/plans/import").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(issuer(province)).contentType(DOCX).body("not a word file".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/import").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(issuer(province)).contentType("application/pdf").body(new byte[] {1, 2, 3})
                .when().post("/api/v1/plans/import").then().statusCode(415);
        given().auth().oauth2(issuer(province)).contentType("text/plain").body(new byte[] {(byte) 0xC3, (byte) 0x28})
                .when().post("/api/v1/plans/import").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8")
                .body("KẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW\n\nII- NHIỆM VỤ\n1. Làm việc (thường xuyên).".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/import").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void shouldDraftAHeaderOnlyDocumentAndRefuseOversizedOnesByName() throws IOException {
        Org province = fixtures.organization("TU-H", "Tỉnh ủy Chỉ Đầu " + ThreadLocalRandom.current().nextInt(1_000_000),
                OrganizationLevel.PROVINCIAL, null);
        given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8")
                .queryParam("issuingOrganizationCode", province.code())
                .body("Trích yếu\nKế hoạch thực hiện Kế hoạch số 120-KH/TU ngày 05/9/2022 của Ban Thường vụ Tỉnh ủy.".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/import").then().statusCode(201)
                .body("plan.status", equalTo("DRAFT"))
                .body("plan.basedOn[0].symbol", equalTo("120-KH/TU"))
                .body("warnings.reason", hasItem(org.hamcrest.Matchers.containsString("header only")));
        given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8")
                .queryParam("issuingOrganizationCode", province.code())
                .body("một dòng\n".repeat(150_000).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/import").then().statusCode(413).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("lines"));
    }

    private static byte[] docx(String symbol, String directive) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : List.of("TỈNH ỦY THỬ NGHIỆM", "Số " + symbol, "Thử Nghiệm, ngày 05 tháng 9 năm 2022", "KẾ HOẠCH",
                    "thực hiện Nghị quyết số " + directive,
                    "Thực hiện Nghị quyết số " + directive + " ngày 16/6/2022 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:",
                    "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", "II. NHIỆM VỤ",
                    "Phấn đấu hằng năm trong giai đoạn 2023 - 2025 kết nạp đảng viên mới đạt từ 3% trở lên.")) {
                document.createParagraph().createRun().setText(line);
            }
            XWPFTable table = document.createTable(3, 5);
            String[][] cells = {
                    {"STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"},
                    {"1", "Rà soát tổ chức cơ sở đảng", "Ban Tổ chức Tỉnh ủy", "Các huyện ủy", "Hoàn thành trong tháng 12/2022"},
                    {"2", "Sinh hoạt chuyên đề", "Ban Tuyên giáo Tỉnh ủy", "", "Thường xuyên"}};
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            for (String line : List.of("III. TỔ CHỨC THỰC HIỆN", "Các huyện ủy triển khai.", "Nơi nhận:", "- Lưu VT.",
                    "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn An")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static String issuer(Org organization) {
        return TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
    }
}
