package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cascade.common.testing.SampleFiles;
import vn.cascade.common.testing.TestTokens;

/** Issue 19, point 9: a directive's signed original and annexes, scoped like the directive (plan-service has the full set). */
@QuarkusTest
class DirectiveAttachmentsTest {

    @Test
    void shouldAttachTheSignedOriginalOfADirectiveForItsReadersOnly() throws Exception {
        String centre = OrganizationFixtures.uniqueCode("BCHTW");
        OrganizationFixtures.create(centre, "Ban Chấp hành Trung ương", "CENTRAL", "PARTY_COMMITTEE", null);
        String province = OrganizationFixtures.uniqueCode("TU");
        OrganizationFixtures.create(province, "Tỉnh ủy Quảng Trị", "PROVINCIAL", "PARTY_COMMITTEE", centre);
        String other = OrganizationFixtures.uniqueCode("TU");
        OrganizationFixtures.create(other, "Thành ủy Cần Thơ", "PROVINCIAL", "PARTY_COMMITTEE", centre);
        String issuer = TestTokens.user("issuer.qt", province, "issuer", "reader");
        String outsider = TestTokens.user("issuer.ct", other, "issuer", "reader");
        String draft = given().auth().oauth2(issuer).contentType(ContentType.JSON).body(directive(province))
                .when().post("/api/v1/directives").then().statusCode(201).extract().path("id");

        byte[] signed = SampleFiles.pdf("Nghị quyết có chữ ký");
        String id = given().auth().oauth2(issuer).contentType("application/octet-stream")
                .queryParam("fileName", "NQ ký.pdf").queryParam("kind", "SIGNED_ORIGINAL").body(signed)
                .when().post("/api/v1/directives/{id}/attachments", draft).then().statusCode(201)
                .body("mediaType", equalTo("application/pdf")).extract().path("id");
        given().auth().oauth2(issuer).contentType("application/pdf").queryParam("fileName", "Phụ lục.docx")
                .body(SampleFiles.docx("Phụ lục")).when().post("/api/v1/directives/{id}/attachments", draft)
                .then().statusCode(201).body("kind", equalTo("ANNEX"));
        // What is not a PDF, .docx or image is refused whatever it is called.
        given().auth().oauth2(issuer).contentType("application/pdf").queryParam("fileName", "NQ.pdf")
                .body(SampleFiles.executable()).when().post("/api/v1/directives/{id}/attachments", draft)
                .then().statusCode(415).body("type", endsWith("/unsupported-media-type"));

        given().auth().oauth2(issuer).when().get("/api/v1/directives/{id}/attachments", draft).then().statusCode(200)
                .body("", hasSize(2)).body("kind", contains("SIGNED_ORIGINAL", "ANNEX"));
        Response download = given().auth().oauth2(issuer).when().get("/api/v1/directives/{id}/attachments/{a}", draft, id);
        download.then().statusCode(200).contentType("application/pdf").header("Repr-Digest", equalTo("sha-256=:"
                + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(signed)) + ":"));
        assertArrayEquals(signed, download.asByteArray());

        // A draft outside the caller's chain does not exist for it; a published one is read, not written.
        given().auth().oauth2(outsider).when().get("/api/v1/directives/{id}/attachments/{a}", draft, id)
                .then().statusCode(404);
        given().auth().oauth2(issuer).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", draft).then().statusCode(200);
        given().auth().oauth2(outsider).when().get("/api/v1/directives/{id}/attachments/{a}", draft, id)
                .then().statusCode(200);
        given().auth().oauth2(outsider).when().delete("/api/v1/directives/{id}/attachments/{a}", draft, id)
                .then().statusCode(403);
        given().auth().oauth2(issuer).when().delete("/api/v1/directives/{id}/attachments/{a}", draft, id)
                .then().statusCode(204);
        given().auth().oauth2(outsider).when().get("/api/v1/directives/{id}/attachments", draft).then().statusCode(200)
                .body("kind", contains("ANNEX"));
    }

    /** A draft directive of the issuer, as a client writes it. */
    static Map<String, Object> directive(String issuer) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", ThreadLocalRandom.current().nextInt(100, 99_999) + "-NQ/TU");
        body.put("issuingOrganizationCode", issuer);
        body.put("issueDate", "2027-01-09");
        body.put("term", "XIII");
        body.put("title", "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng");
        return body;
    }
}
