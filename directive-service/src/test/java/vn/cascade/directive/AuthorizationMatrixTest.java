package vn.cascade.directive;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.cascade.common.testing.AuthorizationMatrixContract;
import vn.cascade.common.testing.SampleFiles;
import vn.cascade.common.testing.TestTokens;

/**
 * Every operation × every persona against src/test/resources/authorization-matrix.csv (see
 * {@link AuthorizationMatrixContract}). The hierarchy is registered through the service's own API as an admin;
 * the objects are a directive the province published and a draft of the province.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixContract {

    private static final String ADMIN = TestTokens.user("matrix.admin", "BCHTW", "admin");

    private final Map<String, String> tokens = new HashMap<>();
    private String province;
    private String provinceId;
    private String published;
    private String publishedSymbol;
    private String draft;
    private String attachment;

    @Override
    protected void prepare() {
        String centre = organization("BCHTW", "CENTRAL", "PARTY_COMMITTEE", null);
        String centralOffice = organization("VPTW", "CENTRAL", "ADVISORY_COMMISSION", centre);
        String inspection = organization("UBKTTW", "CENTRAL", "ADVISORY_COMMISSION", centre);
        province = organization("TU", "PROVINCIAL", "PARTY_COMMITTEE", centre);
        String department = organization("BTC-TU", "PROVINCIAL", "ADVISORY_COMMISSION", province);
        String district = organization("HU", "DISTRICT", "PARTY_COMMITTEE", province);
        String otherProvince = organization("TU", "PROVINCIAL", "PARTY_COMMITTEE", centre);
        provinceId = given().auth().oauth2(ADMIN).queryParam("code", province).when().get("/api/v1/organizations")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1)).extract().path("items[0].id");

        tokens.put("admin", TestTokens.user("matrix.admin", centre, "admin"));
        tokens.put("central-issuer", TestTokens.user("matrix.central.issuer", centre, "issuer"));
        tokens.put("provincial-issuer", TestTokens.user("matrix.provincial.issuer", province, "issuer"));
        tokens.put("department-clerk", TestTokens.user("matrix.clerk", department, "reviewer"));
        tokens.put("district-reporter", TestTokens.user("matrix.reporter", district, "reporter"));
        tokens.put("reviewer", TestTokens.user("matrix.reviewer", province, "reviewer"));
        tokens.put("inspector", TestTokens.user("matrix.inspector", inspection, "reader"));
        tokens.put("portal", TestTokens.user("service-account-cascade-portal", centralOffice, "reader"));
        // Every role but admin: what stops it is the object, not the role.
        tokens.put("other-province", TestTokens.user("matrix.neighbour", otherProvince, "issuer", "reporter",
                "reviewer", "reader"));
        tokens.put("anonymous", null);
        tokens.put("forged", TestTokens.tampered(TestTokens.user("matrix.forged", centre, "admin")));

        String issuer = tokens.get("provincial-issuer");
        publishedSymbol = symbol();
        published = given().auth().oauth2(issuer).contentType(ContentType.JSON).body(directive(publishedSymbol))
                .when().post("/api/v1/directives").then().statusCode(201).extract().path("id");
        given().auth().oauth2(issuer).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", published).then().statusCode(200);
        draft = given().auth().oauth2(issuer).contentType(ContentType.JSON).body(directive(symbol()))
                .when().post("/api/v1/directives").then().statusCode(201).extract().path("id");
        attachment = given().auth().oauth2(issuer).contentType("application/pdf").queryParam("fileName", "nq.pdf")
                .body(SampleFiles.pdf("Nghị quyết")).when().post("/api/v1/directives/{id}/attachments", published)
                .then().statusCode(201).extract().path("id");
    }

    @Override
    protected Map<String, String> tokens() {
        return tokens;
    }

    @Override
    protected String pathValue(String operationId, String parameter) {
        if ("attachmentId".equals(parameter)) {
            // a real file to download; a random id to delete, so that the allowed answer 404 and nothing is removed
            return "downloadDirectiveAttachment".equals(operationId) ? attachment : super.pathValue(operationId, parameter);
        }
        return switch (operationId) {
            case "getDirective", "listDirectiveDependents", "getDirectiveImplementation", "amendDirective",
                    "revokeDirective", "listDirectiveAttachments", "uploadDirectiveAttachment",
                    "downloadDirectiveAttachment", "deleteDirectiveAttachment" -> published;
            case "updateDirectiveDraft", "publishDirective" -> draft;
            case "getOrganization", "listOrganizationChildren", "listOrganizationSubtree", "listOrganizationAncestors",
                    "getOrganizationHistory" -> provinceId;
            default -> super.pathValue(operationId, parameter);
        };
    }

    @Override
    protected Map<String, String> query(String operationId) {
        return switch (operationId) {
            case "getDirectiveBySymbol" -> Map.of("symbol", publishedSymbol);
            case "getDirectiveImplementation" -> Map.of("organization", province);
            default -> Map.of();
        };
    }

    @Override
    protected String body(String operationId) {
        return switch (operationId) {
            // A new draft for the province: its issuers and admins draft it, nobody else.
            case "draftDirective" -> json(directive(symbol()), null);
            // Stale versions: the access rules run first, then 409, so the calls change nothing.
            case "updateDirectiveDraft" -> json(directive(symbol()), 99);
            case "amendDirective" -> "{\"reason\": \"Bổ sung\", \"content\": " + json(directive(publishedSymbol), 99) + "}";
            case "publishDirective", "revokeDirective" -> "{\"version\": 99, \"reason\": \"Thu hồi\"}";
            case "importDirective" -> "NGHỊ QUYẾT\nThực hiện Nghị quyết\n";
            // Admin-only writes get an empty body: the role is checked, and an admin's call is refused as invalid.
            default -> super.body(operationId);
        };
    }

    private Map<String, Object> directive(String symbol) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", symbol);
        body.put("issuingOrganizationCode", province);
        body.put("issueDate", "2027-01-09");
        body.put("term", "XIII");
        body.put("title", "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng");
        return body;
    }

    private static String json(Map<String, Object> directive, Integer version) {
        StringBuilder json = new StringBuilder("{");
        directive.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key)
                .append("\":\"").append(value).append('"'));
        if (version != null) {
            json.append(",\"version\":").append(version);
        }
        return json.append('}').toString();
    }

    private static String symbol() {
        return ThreadLocalRandom.current().nextInt(100, 99_999) + "-NQ/TU";
    }

    /** Registers an organisation through the API as an admin and returns its code. */
    private static String organization(String prefix, String level, String kind, String parentCode) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Đảng bộ " + code, "level", level,
                "kind", kind));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organizations").then().statusCode(201);
        return code;
    }
}
