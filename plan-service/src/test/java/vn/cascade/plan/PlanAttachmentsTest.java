package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.SampleFiles;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * Issue 19, point 9: the signed original and annexes of a plan, through the API on real PostgreSQL. The content
 * decides what a file is; every refusal is a problem that changes nothing; the digest is checked on download.
 */
@QuarkusTest
class PlanAttachmentsTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager entityManager;

    private Org centre;
    private Org province;
    private Org district;
    private Org otherProvince;
    private String directive;

    private void hierarchy() {
        centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        otherProvince = fixtures.organization("TU-CANTHO", "Thành ủy Cần Thơ", OrganizationLevel.PROVINCIAL, centre);
        directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
    }

    @Test
    void shouldKeepTheSignedOriginalAndAnnexesAndServeThemWithTheirDigest() throws Exception {
        hierarchy();
        String plan = issuedPlan(district);
        byte[] signed = SampleFiles.pdf("68-KH/HU có chữ ký, đóng dấu");
        byte[] annex = SampleFiles.docx("Phụ lục I: chỉ tiêu kết nạp đảng viên");

        // The declared types say nothing: a PDF sent as octet-stream, a .docx sent as PNG.
        Response created = upload(plan, issuer(district), "68-KH-HU ký.pdf", "SIGNED_ORIGINAL", "application/octet-stream", signed);
        created.then().statusCode(201)
                .body("kind", equalTo("SIGNED_ORIGINAL"))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(signed.length))
                .body("sha256", equalTo(sha256(signed)))
                .body("fileName", equalTo("68-KH-HU ký.pdf"))
                .body("uploadedBy", equalTo("issuer." + district.code()));
        String signedId = created.path("id");
        assertEquals("/api/v1/plans/" + plan + "/attachments/" + signedId,
                java.net.URI.create(created.header("Location")).getPath());
        upload(plan, issuer(district), "Phụ lục I.docx", "ANNEX", "image/png", annex).then().statusCode(201)
                .body("mediaType", equalTo(DOCX));
        upload(plan, issuer(district), "So do.png", null, "application/pdf", SampleFiles.png()).then().statusCode(201)
                .body("kind", equalTo("ANNEX")).body("mediaType", equalTo("image/png"));
        upload(plan, issuer(district), "Anh hoi nghi.jpg", "ANNEX", "application/octet-stream", SampleFiles.jpeg())
                .then().statusCode(201).body("mediaType", equalTo("image/jpeg"));

        // An issued plan is read across the country: a reader of another province lists and downloads.
        given().auth().oauth2(reader(otherProvince)).when().get("/api/v1/plans/{id}/attachments", plan)
                .then().statusCode(200)
                .body("", hasSize(4))
                .body("kind", contains("SIGNED_ORIGINAL", "ANNEX", "ANNEX", "ANNEX"))
                .body("[0].sha256", equalTo(sha256(signed)))
                .body("[1].fileName", equalTo("Phụ lục I.docx"));
        Response download = given().auth().oauth2(reader(otherProvince))
                .when().get("/api/v1/plans/{id}/attachments/{a}", plan, signedId);
        download.then().statusCode(200)
                .contentType("application/pdf")
                .header("Repr-Digest", equalTo("sha-256=:" + base64Sha256(signed) + ":"))
                .header("Digest", equalTo("sha-256=" + base64Sha256(signed)))
                .header("Content-Disposition", containsString("filename*=UTF-8''68-KH-HU%20k%C3%BD.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        assertArrayEquals(signed, download.asByteArray());
    }

    @Test
    void shouldRefuseBadUploadsWithAProblemInTheCallersLanguageAndChangeNothing() {
        hierarchy();
        String plan = issuedPlan(district);
        upload(plan, issuer(district), "68-KH-HU ký.pdf", "SIGNED_ORIGINAL", "application/pdf", SampleFiles.pdf("bản chính"))
                .then().statusCode(201);

        // Too large: the test limit is 256 KB; Vietnamese by default, English on request.
        byte[] large = new byte[256 * 1024 + 1];
        System.arraycopy(SampleFiles.pdf("lớn"), 0, large, 0, 20);
        upload(plan, issuer(district), "lon.pdf", "ANNEX", "application/pdf", large).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/payload-too-large"))
                .body("detail", equalTo("Tệp đính kèm không được lớn hơn 256 KB"));
        given().auth().oauth2(issuer(district)).header("Accept-Language", "en").contentType("application/pdf")
                .queryParam("fileName", "lon.pdf").body(large)
                .when().post("/api/v1/plans/{id}/attachments", plan).then().statusCode(413)
                .body("detail", equalTo("An attachment may not exceed 256 KB"));
        // A Windows program named like a PDF and declared as one; a spreadsheet; text.
        upload(plan, issuer(district), "ke-hoach.pdf", "ANNEX", "application/pdf", SampleFiles.executable())
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", endsWith("/unsupported-media-type"))
                .body("detail", containsString("chỉ nhận PDF, .docx, PNG hoặc JPEG"));
        upload(plan, issuer(district), "phu-luc.docx", "ANNEX", DOCX, SampleFiles.otherZip()).then().statusCode(415);
        upload(plan, issuer(district), "ghi-chu.pdf", "ANNEX", "text/plain",
                "Không phải PDF".getBytes(StandardCharsets.UTF_8)).then().statusCode(415);
        // Empty; names with path parts; no name; a kind that does not exist.
        upload(plan, issuer(district), "rong.pdf", "ANNEX", "application/pdf", new byte[0]).then().statusCode(400)
                .body("errors.field", hasItem("body"));
        for (String name : List.of("../../etc/passwd", "thu-muc/ke-hoach.pdf", "C:\\van-ban\\kh.pdf", "..")) {
            upload(plan, issuer(district), name, "ANNEX", "application/pdf", SampleFiles.pdf("x")).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("fileName"));
        }
        upload(plan, issuer(district), null, "ANNEX", "application/pdf", SampleFiles.pdf("x")).then().statusCode(400)
                .body("errors.field", hasItem("fileName"));
        upload(plan, issuer(district), "kh.pdf", "ORIGINAL", "application/pdf", SampleFiles.pdf("x")).then().statusCode(400);
        // One signed original: a second is a conflict until the first is deleted.
        upload(plan, issuer(district), "ban-khac.pdf", "SIGNED_ORIGINAL", "application/pdf", SampleFiles.pdf("bản khác"))
                .then().statusCode(409).body("detail", equalTo("Văn bản đã có bản chính có chữ ký; xóa bản đó trước khi thay"));

        given().auth().oauth2(issuer(district)).when().get("/api/v1/plans/{id}/attachments", plan)
                .then().statusCode(200).body("fileName", contains("68-KH-HU ký.pdf"));
        Number stored = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM attachment_content c JOIN attachment a ON a.id = c.attachment_id "
                        + "WHERE a.document_id = :d").setParameter("d", UUID.fromString(plan)).getSingleResult());
        assertEquals(1, stored.intValue(), "nothing of the refused uploads was stored");
    }

    @Test
    void shouldRefuseToServeContentWhoseDigestNoLongerMatches() {
        hierarchy();
        String plan = issuedPlan(district);
        String id = upload(plan, issuer(district), "68-KH-HU ký.pdf", "SIGNED_ORIGINAL", "application/pdf",
                SampleFiles.pdf("nguyên vẹn")).then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE attachment_content SET content = :bytes WHERE attachment_id = :id")
                .setParameter("bytes", SampleFiles.pdf("đã bị sửa")).setParameter("id", UUID.fromString(id))
                .executeUpdate());

        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/attachments/{a}", plan, id)
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", endsWith("/integrity"))
                .body("detail", containsString("không còn khớp mã SHA-256"));
    }

    @Test
    void shouldScopeAttachmentsLikeThePlanAndAuditAndReplayTheirWrites() {
        hierarchy();
        String plan = issuedPlan(district);
        String draft = draft(district, body(district));
        String onDraft = upload(draft, issuer(district), "du-thao.docx", "ANNEX", DOCX, SampleFiles.docx("Dự thảo"))
                .then().statusCode(201).extract().path("id");

        // A draft is seen inside the issuer's chain only: the province reads it, another province finds nothing.
        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/attachments/{a}", draft, onDraft)
                .then().statusCode(200);
        given().auth().oauth2(reader(otherProvince)).when().get("/api/v1/plans/{id}/attachments", draft)
                .then().statusCode(404);
        given().auth().oauth2(reader(otherProvince)).when().get("/api/v1/plans/{id}/attachments/{a}", draft, onDraft)
                .then().statusCode(404);
        // Only the issuer writes: not the province above it, not a reader, not a reporter of the district.
        upload(plan, issuer(province), "kh.pdf", "ANNEX", "application/pdf", SampleFiles.pdf("x")).then().statusCode(403);
        upload(plan, reader(district), "kh.pdf", "ANNEX", "application/pdf", SampleFiles.pdf("x")).then().statusCode(403);
        upload(plan, TestTokens.user("reporter.hu", district.code(), "reporter"), "kh.pdf", "ANNEX", "application/pdf",
                SampleFiles.pdf("x")).then().statusCode(403);
        given().auth().oauth2(issuer(province)).when().delete("/api/v1/plans/{id}/attachments/{a}", draft, onDraft)
                .then().statusCode(403);
        // An attachment is reached only through its own document.
        given().auth().oauth2(issuer(district)).when().get("/api/v1/plans/{id}/attachments/{a}", plan, onDraft)
                .then().statusCode(404);

        // The same Idempotency-Key gets the first answer again and attaches once.
        byte[] annex = SampleFiles.pdf("Phụ lục II");
        Response first = given().auth().oauth2(issuer(district)).header("Idempotency-Key", "phu-luc-2-" + plan)
                .contentType("application/pdf").queryParam("fileName", "Phụ lục II.pdf").body(annex)
                .when().post("/api/v1/plans/{id}/attachments", plan);
        first.then().statusCode(201);
        given().auth().oauth2(issuer(district)).header("Idempotency-Key", "phu-luc-2-" + plan)
                .contentType("application/pdf").queryParam("fileName", "Phụ lục II.pdf").body(annex)
                .when().post("/api/v1/plans/{id}/attachments", plan).then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        given().auth().oauth2(issuer(district)).when().get("/api/v1/plans/{id}/attachments", plan)
                .then().body("", hasSize(1));

        // The issuer deletes; then the file is gone.
        given().auth().oauth2(issuer(district)).when().delete("/api/v1/plans/{id}/attachments/{a}", draft, onDraft)
                .then().statusCode(204);
        given().auth().oauth2(issuer(district)).when().get("/api/v1/plans/{id}/attachments/{a}", draft, onDraft)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(issuer(district)).when().get("/api/v1/plans/{id}/attachments", draft)
                .then().statusCode(200).body("", hasSize(0));

        // Every write is audited, refusals included.
        given().auth().oauth2(TestTokens.user("audit.admin", centre.code(), "admin"))
                .queryParam("pathPrefix", "/api/v1/plans/" + draft + "/attachments").queryParam("size", 50)
                .when().get("/api/v1/admin/plan/audit").then().statusCode(200)
                .body("items.method", hasItem("DELETE"))
                .body("items.status", hasItem(204))
                .body("items.status", hasItem(403))
                .body("items.actor", hasItem("issuer." + district.code()));
    }

    private static Response upload(String plan, String token, String fileName, String kind, String declared, byte[] bytes) {
        var request = given().auth().oauth2(token).contentType(declared).body(bytes);
        if (fileName != null) {
            request.queryParam("fileName", fileName);
        }
        if (kind != null) {
            request.queryParam("kind", kind);
        }
        return request.when().post("/api/v1/plans/{id}/attachments", plan);
    }

    private String issuedPlan(Org issuer) {
        String id = draft(issuer, body(issuer));
        given().auth().oauth2(issuer(issuer)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200);
        return id;
    }

    private Map<String, Object> body(Org issuer) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", Fixtures.documentNumber() + "-KH/HU");
        body.put("issuingOrganizationCode", issuer.code());
        body.put("issueDate", "2023-01-09");
        body.put("title", "Kế hoạch thực hiện Nghị quyết số 21-NQ/TW");
        body.put("implementsDirective", Map.of("symbol", directive));
        body.put("signer", Map.of("onBehalfOf", "T/M BAN THƯỜNG VỤ", "position", "Bí thư", "name", "Trần Nhật Quang"));
        return body;
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

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String base64Sha256(byte[] bytes) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
