package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.directive.OrganizationFixtures.create;
import static vn.cascade.directive.OrganizationFixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.directive.service.DirectiveImportService;
import vn.cascade.reader.DocumentBody;
import vn.cascade.reader.testing.HeldImport;
import vn.cascade.reader.testing.WordFiles;

/** POST /api/v1/directives/import on real directives as published, and on hostile bodies. */
@QuarkusTest
class DirectiveImportTest {

    private static final String IMPORT = "/api/v1/directives/import";
    private static final List<String> CORPUS = List.of("d01-tin-nq-10-tinh-uy-ninh-thuan", "d02-ct-06-bo-chinh-tri-ha-tinh",
            "d03-tin-kl-34-bo-chinh-tri-ha-nam", "d04-tin-ct-35-bo-chinh-tri-cuu-chien-binh");
    /** Organisations by name, registered once per run: the matcher must find the one the document names. */
    private static final Map<String, String> CODES = new ConcurrentHashMap<>();

    @Inject
    DirectiveImportService imports;

    @Test
    void shouldDraftEveryRealDirectiveAsItsFactsSay() throws IOException {
        List<String> rows = new ArrayList<>();
        int right = 0;
        int expected = 0;
        for (String name : CORPUS) {
            Map<String, String> facts = facts(name);
            String issuerCode = code(facts.get("issuer"));
            var request = given().auth().oauth2(issuer(issuerCode)).contentType("text/plain; charset=UTF-8")
                    .body(resource(name + ".txt"));
            if (facts.containsKey("given.issuer")) {
                request = request.queryParam("issuingOrganizationCode", code(facts.get("given.issuer")));
            }
            var response = request.when().post(IMPORT).then().extract();
            JsonPath answer = response.jsonPath();
            Map<String, String> got = new LinkedHashMap<>();
            got.put("symbol", answer.getString("directive.symbol"));
            got.put("issueDate", answer.getString("directive.issueDate"));
            got.put("type", answer.getString("directive.type"));
            got.put("issuer", answer.getString("directive.issuingOrganizationCode") == null ? null
                    : CODES.entrySet().stream().filter(e -> e.getValue().equals(answer.getString("directive.issuingOrganizationCode")))
                            .map(Map.Entry::getKey).findFirst().orElse(answer.getString("directive.issuingOrganizationCode")));
            List<Map<String, Object>> references = answer.getList("directive.references");
            got.put("references", references == null ? null : String.join(",", references.stream()
                    .map(r -> r.get("symbol") + "@" + r.get("issueDate")).toList()));
            List<Object> targets = answer.getList("directive.targets");
            got.put("targets", targets == null ? null : String.valueOf(targets.size()));
            List<String> missed = new ArrayList<>();
            int docRight = 0;
            int docExpected = 0;
            for (Map.Entry<String, String> fact : facts.entrySet()) {
                if (fact.getKey().equals("given.issuer") || fact.getKey().equals("issuePlace")) {
                    continue; // a directive keeps no place of issue
                }
                docExpected++;
                String actual = got.get(fact.getKey()) == null ? "" : got.get(fact.getKey());
                if (fact.getValue().equals(actual)) {
                    docRight++;
                } else {
                    missed.add(fact.getKey() + " (expected `" + fact.getValue() + "`, got `" + got.get(fact.getKey()) + "`)");
                }
            }
            right += docRight;
            expected += docExpected;
            if (response.statusCode() != 201) {
                missed.add("answered " + response.statusCode() + ": " + answer.getString("detail") + " " + answer.getString("errors"));
            }
            rows.add("| directives/" + name + ".txt | " + docRight + " / " + docExpected + " | " + String.join("; ", missed) + " |");
        }
        rows.add("| **all** | **" + right + " / " + expected + "** | |");
        Path report = Path.of("target", "directive-import-accuracy.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "| document | facts right / expected | missed |\n|---|---|---|\n" + String.join("\n", rows) + "\n");
        System.out.println(String.join("\n", rows));
        assertEquals(expected, right, String.join("\n", rows));
    }

    @Test
    void shouldDraftAResolutionFromADocxThatCanThenBePublished() throws IOException {
        String province = code("Tỉnh ủy Ninh Thuận");
        int number = java.util.concurrent.ThreadLocalRandom.current().nextInt(100, 99_999);
        byte[] docx = WordFiles.docx("TỈNH ỦY NINH THUẬN", "*", "Số " + number + "-NQ/TU", "Ninh Thuận, ngày 14 tháng 11 năm 2016",
                "NGHỊ QUYẾT", "về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng cấp thiết",
                "Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII,",
                "I- MỤC TIÊU", "- Phấn đấu đến năm 2020, 100% xã có đường ô tô đến trung tâm xã được cứng hóa.",
                "- Hằng năm, kết nạp từ 3% đảng viên mới trở lên so với tổng số đảng viên.");
        // The reference data of the 2025 reorganisation may hold the real Tỉnh ủy Ninh Thuận: name the test's own.
        String id = given().auth().oauth2(issuer(province)).contentType(DocumentBody.DOCX).body(docx)
                .queryParam("issuingOrganizationCode", province)
                .when().post(IMPORT)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/directives/"))
                .body("directive.status", equalTo("DRAFT"))
                .body("directive.symbol", equalTo(number + "-NQ/TU"))
                .body("directive.type", equalTo("NQ"))
                .body("directive.issueDate", equalTo("2016-11-14"))
                .body("directive.issuingOrganizationCode", equalTo(province))
                .body("directive.title", equalTo("Về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng cấp thiết"))
                .body("directive.references[0].symbol", equalTo("21-NQ/TW"))
                .body("directive.references[0].kind", equalTo("IMPLEMENTS"))
                .body("directive.targets.comparator", hasItem("AT_LEAST"))
                .body("directive.targets.indicatorCode", hasItem("NEW_MEMBER_RATE"))
                .body("directive.body", containsString("Phấn đấu đến năm 2020"))
                .extract().path("directive.id");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void shouldAnswerHostileBodiesWithProblemsThatSayWhy() throws IOException {
        String province = code("Tỉnh ủy Ninh Thuận");
        String token = issuer(province);
        given().auth().oauth2(token).contentType("text/plain").body(new byte[0])
                .when().post(IMPORT).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType("text/plain").body(new byte[] {(byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF})
                .when().post(IMPORT).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("UTF-8"));
        given().auth().oauth2(token).contentType(DocumentBody.DOCX).body(new byte[] {'P', 'K', 3, 4, 1, 2, 3})
                .when().post(IMPORT).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType("application/pdf").body(new byte[] {1, 2, 3})
                .when().post(IMPORT).then().statusCode(415);
        // 8 MB of text (the HTTP layer itself refuses bodies past 10 MB): past the reader's character limit.
        byte[] unit = "Nghị quyết ".getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(token).contentType("text/plain; charset=UTF-8")
                .body("Nghị quyết ".repeat(8 * 1024 * 1024 / unit.length).getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT).then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("characters"));
        given().auth().oauth2(token).contentType("text/plain; charset=UTF-8")
                .body("một dòng\n".repeat(150_000).getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT).then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("lines"));
        byte[] bomb = WordFiles.inflating(WordFiles.docx("NGHỊ QUYẾT"), 64 << 20);
        assertTrue(bomb.length < 1 << 20, "the bomb is small on the wire");
        given().auth().oauth2(token).contentType(DocumentBody.DOCX).body(bomb)
                .when().post(IMPORT).then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString(".docx"));
        // Readable text that is no directive: 422 naming what a directive draft needs.
        given().auth().oauth2(token).contentType("text/plain; charset=UTF-8")
                .body("Một đoạn văn bản không có số, ngày hay cơ quan ban hành.".getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("symbol"))
                .body("errors.field", hasItem("issueDate"));
        given().auth().oauth2(token).contentType("text/plain; charset=UTF-8").queryParam("issuingOrganizationCode", province)
                .body("TỈNH ỦY NINH THUẬN\nSố 15-KH/TU\nNinh Thuận, ngày 3 tháng 2 năm 2020\nKẾ HOẠCH\nvề một việc".getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("symbol"));
        // Only those who may create directives may import them.
        given().auth().oauth2(TestTokens.user("doc.gia." + province, province, "reader")).contentType("text/plain; charset=UTF-8")
                .body("NGHỊ QUYẾT".getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT).then().statusCode(403);
    }

    @Test
    void shouldRefuseASecondImportByTheSameCallerWhileTheFirstRuns() throws Exception {
        String province = code("Tỉnh ủy Ninh Thuận");
        // The first import waits in the gate, holding its caller's slot, until the test lets it go: no timing involved.
        try (HeldImport held = HeldImport.in(imports.gate())) {
            int number = java.util.concurrent.ThreadLocalRandom.current().nextInt(100, 99_999);
            byte[] text = ("TỈNH ỦY NINH THUẬN\nSố " + number + "-CT/TU\nNinh Thuận, ngày 5 tháng 3 năm 2024\nCHỈ THỊ\nvề một việc")
                    .getBytes(StandardCharsets.UTF_8);
            CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> given().auth().oauth2(issuer(province))
                    .contentType("text/plain; charset=UTF-8").queryParam("issuingOrganizationCode", province).body(text)
                    .when().post(IMPORT).then().extract().statusCode());
            assertTrue(held.entered(), "the first import reached the gate");
            given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8").body(text)
                    .queryParam("issuingOrganizationCode", province).header("Accept-Language", "en")
                    .when().post(IMPORT)
                    .then().statusCode(429).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("detail", containsString("already running"));
            held.release();
            assertEquals(201, running.get(2, TimeUnit.MINUTES));
        }
    }

    /**
     * The organisation of this name: one another test (or the 2025 reference data) registered if there is one, since
     * the importer must then find that one; else a new one.
     */
    private static String code(String name) {
        return CODES.computeIfAbsent(name, n -> {
            List<Map<String, Object>> found = given().auth().oauth2(OrganizationFixtures.admin())
                    .queryParam("q", n).queryParam("active", true).queryParam("size", 200)
                    .when().get(OrganizationFixtures.ORGANIZATIONS).then().statusCode(200).extract().jsonPath().getList("items");
            return found.stream().filter(organization -> n.equals(organization.get("name")))
                    .map(organization -> (String) organization.get("code")).findFirst().orElseGet(() -> {
                        String code = uniqueCode("IMP");
                        create(code, n, n.startsWith("Tỉnh") ? "PROVINCIAL" : "CENTRAL", "PARTY_COMMITTEE", null);
                        return code;
                    });
        });
    }

    private static String issuer(String organizationCode) {
        return TestTokens.user("issuer." + organizationCode, organizationCode, "issuer", "reader");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DirectiveImportTest.class.getClassLoader().getResourceAsStream("directives/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> facts(String name) throws IOException {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : new String(resource(name + ".facts"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int at = line.indexOf('=');
            facts.put(line.substring(0, at).strip(), line.substring(at + 1).strip());
        }
        return facts;
    }
}
