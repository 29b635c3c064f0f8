package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;
import vn.cascade.common.testing.EmbeddedS3;
import vn.cascade.common.testing.S3TestResource;
import vn.cascade.common.testing.SampleFiles;
import vn.cascade.common.testing.TestTokens;

/**
 * Issue 19, point 9: attachments in an S3-compatible bucket (S3Proxy in the test JVM), checked in the bucket itself
 * with an S3 client of its own: written before the description commits, removed after the deletion commits and
 * after a transaction that fails, never served once altered or gone.
 */
@QuarkusTest
@TestProfile(DirectiveS3AttachmentsTest.S3Store.class)
class DirectiveS3AttachmentsTest {

    /** The S3 store against a bucket of its own. */
    public static class S3Store implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cascade.attachments.store", "s3");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(S3TestResource.class));
        }
    }

    private static S3Client s3;

    @ConfigProperty(name = "cascade.attachments.s3.bucket")
    String bucket;

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void client() {
        s3 = EmbeddedS3.client();
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    @Test
    void shouldKeepTheBytesInTheBucketAndServeThemOnlyWhileTheyMatchTheirDigest() throws Exception {
        Issuer created = issuerAndDraft();
        String issuer = created.token();
        String directive = created.directive();
        byte[] signed = SampleFiles.pdf("Nghị quyết có chữ ký");
        String id = given().auth().oauth2(issuer).contentType("application/octet-stream")
                .queryParam("fileName", "NQ ký.pdf").queryParam("kind", "SIGNED_ORIGINAL").body(signed)
                .when().post("/api/v1/directives/{id}/attachments", directive).then().statusCode(201)
                .body("sha256", equalTo(sha256(signed))).extract().path("id");

        // In the bucket under the service's prefix, with its digest; the bytes as uploaded.
        String key = "directive-service/" + id;
        HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(key));
        assertEquals(sha256(signed), head.metadata().get("sha256"));
        assertArrayEquals(signed, s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray());

        Response download = given().auth().oauth2(issuer)
                .when().get("/api/v1/directives/{id}/attachments/{a}", directive, id);
        download.then().statusCode(200).contentType("application/pdf").header("Repr-Digest", equalTo("sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(signed))) + ":"));
        assertArrayEquals(signed, download.asByteArray());

        // Altered behind the service's back: a problem, never the altered bytes; gone: the same.
        byte[] altered = SampleFiles.pdf("Nghị quyết đã bị sửa");
        s3.putObject(request -> request.bucket(bucket).key(key), RequestBody.fromBytes(altered));
        given().auth().oauth2(issuer).when().get("/api/v1/directives/{id}/attachments/{a}", directive, id)
                .then().statusCode(500).body("type", endsWith("/integrity"))
                .body(not(containsString("Nghị quyết đã bị sửa")));
        s3.deleteObject(request -> request.bucket(bucket).key(key));
        given().auth().oauth2(issuer).when().get("/api/v1/directives/{id}/attachments/{a}", directive, id)
                .then().statusCode(500).body("type", endsWith("/integrity"));

        // Deleted: the description and, once that commits, the object.
        String annex = given().auth().oauth2(issuer).contentType("application/octet-stream")
                .queryParam("fileName", "Phụ lục.png").body(SampleFiles.png())
                .when().post("/api/v1/directives/{id}/attachments", directive).then().statusCode(201)
                .extract().path("id");
        s3.headObject(request -> request.bucket(bucket).key("directive-service/" + annex));
        given().auth().oauth2(issuer).when().delete("/api/v1/directives/{id}/attachments/{a}", directive, annex)
                .then().statusCode(204);
        assertThrows(NoSuchKeyException.class,
                () -> s3.headObject(request -> request.bucket(bucket).key("directive-service/" + annex)));
        given().auth().oauth2(issuer).when().get("/api/v1/directives/{id}/attachments/{a}", directive, annex)
                .then().statusCode(404);
    }

    @Test
    void shouldLeaveNoObjectBehindATransactionThatFailsToCommit() throws Exception {
        Issuer created = issuerAndDraft();
        String issuer = created.token();
        String directive = created.directive();
        List<String> before = keys();
        // A deferred constraint fails the commit itself, after the object was written.
        sql("""
                CREATE FUNCTION refuse_attachment() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'refused at commit'; END $$;
                CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON attachment DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW WHEN (NEW.file_name = 'không lưu được.pdf') EXECUTE FUNCTION refuse_attachment()""");
        try {
            given().auth().oauth2(issuer).contentType("application/octet-stream")
                    .queryParam("fileName", "không lưu được.pdf").body(SampleFiles.pdf("Phụ lục"))
                    .when().post("/api/v1/directives/{id}/attachments", directive).then().statusCode(500);
        } finally {
            sql("DROP TRIGGER refuse_at_commit ON attachment");
        }
        assertEquals(before, keys());
        given().auth().oauth2(issuer).when().get("/api/v1/directives/{id}/attachments", directive)
                .then().statusCode(200).body("size()", equalTo(0));

        // The same upload, once the database takes it, is kept.
        String id = given().auth().oauth2(issuer).contentType("application/octet-stream")
                .queryParam("fileName", "không lưu được.pdf").body(SampleFiles.pdf("Phụ lục"))
                .when().post("/api/v1/directives/{id}/attachments", directive).then().statusCode(201)
                .extract().path("id");
        assertTrue(keys().contains("directive-service/" + id));

        // A deletion that fails to commit leaves the description, so it leaves the object too.
        sql("""
                CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER DELETE ON attachment DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW EXECUTE FUNCTION refuse_attachment()""");
        try {
            given().auth().oauth2(issuer).when().delete("/api/v1/directives/{id}/attachments/{a}", directive, id)
                    .then().statusCode(500);
        } finally {
            sql("DROP TRIGGER refuse_at_commit ON attachment; DROP FUNCTION refuse_attachment()");
        }
        assertTrue(keys().contains("directive-service/" + id));
        given().auth().oauth2(issuer).when().get("/api/v1/directives/{id}/attachments/{a}", directive, id)
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerAProblemToRetryWhenTheBucketDoesNotAnswer() {
        Issuer created = issuerAndDraft();
        // The bucket gone (emptied and deleted behind the service's back): the store refuses every write.
        keys().forEach(key -> s3.deleteObject(request -> request.bucket(bucket).key(key)));
        s3.deleteBucket(request -> request.bucket(bucket));
        try {
            given().auth().oauth2(created.token()).contentType("application/octet-stream")
                    .queryParam("fileName", "Nghị quyết.pdf").body(SampleFiles.pdf("Nghị quyết"))
                    .when().post("/api/v1/directives/{id}/attachments", created.directive())
                    .then().statusCode(503).header("Retry-After", equalTo("30"))
                    .contentType("application/problem+json").body("type", endsWith("/unavailable"))
                    .body("detail", containsString("Kho lưu tệp đính kèm"));
            given().when().get("/q/health/group/attachments").then().statusCode(503)
                    .body("checks[0].status", equalTo("DOWN")).body("checks[0].data.store", equalTo("s3"));
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            s3.createBucket(request -> request.bucket(bucket));
        }
        given().when().get("/q/health/group/attachments").then().statusCode(200)
                .body("checks[0].status", equalTo("UP"));
        // Nothing was recorded: the directive has no attachment.
        given().auth().oauth2(created.token()).when().get("/api/v1/directives/{id}/attachments", created.directive())
                .then().statusCode(200).body("size()", equalTo(0));
    }

    private List<String> keys() {
        return s3.listObjectsV2Paginator(request -> request.bucket(bucket)).contents().stream()
                .map(S3Object::key).sorted().toList();
    }

    private void sql(String statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    /** A province's issuer and a draft directive of the province. */
    private record Issuer(String token, String directive) {
    }

    private static Issuer issuerAndDraft() {
        String centre = OrganizationFixtures.uniqueCode("BCHTW");
        OrganizationFixtures.create(centre, "Ban Chấp hành Trung ương", "CENTRAL", "PARTY_COMMITTEE", null);
        String province = OrganizationFixtures.uniqueCode("TU");
        OrganizationFixtures.create(province, "Tỉnh ủy Quảng Trị", "PROVINCIAL", "PARTY_COMMITTEE", centre);
        String token = TestTokens.user("issuer.qt", province, "issuer", "reader");
        String directive = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(DirectiveAttachmentsTest.directive(province))
                .when().post("/api/v1/directives").then().statusCode(201).extract().path("id");
        return new Issuer(token, directive);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
