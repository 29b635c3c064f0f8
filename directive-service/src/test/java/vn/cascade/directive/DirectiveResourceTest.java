package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;

@QuarkusTest
class DirectiveResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TITLE_21 = "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng "
            + "đội ngũ đảng viên trong giai đoạn mới";

    @Test
    void shouldDraftThenPublishAndAnnounceItOnce() {
        String centre = organization("BCHTW", "CENTRAL", null);
        String issuer = issuer(centre);
        String symbol = uniqueSymbol("NQ", "TW");
        Map<String, Object> body = directive(symbol, centre, uniqueDate(), TITLE_21);
        body.put("targets", List.of(Map.of("indicatorCode", "NEW_MEMBER_RATE",
                "label", "Kết nạp đảng viên mới hằng năm đạt từ 3% trở lên so với tổng số đảng viên",
                "comparator", "AT_LEAST", "value", 3, "unit", "PERCENT",
                "period", Map.of("kind", "ANNUALLY", "fromYear", 2022, "toYear", 2030),
                "numeratorIndicator", "NEW_MEMBERS_ADMITTED", "denominatorIndicator", "TOTAL_MEMBERS")));

        String id = draft(issuer, body).statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("symbol", equalTo(symbol))
                .body("type", equalTo("NQ"))
                .body("targets[0].comparator", equalTo("AT_LEAST"))
                .body("version", equalTo(0))
                .extract().path("id");

        given().auth().oauth2(issuer).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", id)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("version", equalTo(1));

        List<CloudEvent> events = KafkaProbe.events(Topics.DIRECTIVES, Duration.ofSeconds(30),
                event -> id.equals(event.getSubject()));
        List<CloudEvent> ofDirective = events.stream().filter(event -> id.equals(event.getSubject())).toList();
        assertEquals(1, ofDirective.size(), "drafting announces nothing, publishing once");
        assertEquals(DirectiveSnapshot.PUBLISHED, ofDirective.getFirst().getType());
        assertTrue(new String(ofDirective.getFirst().getData().toBytes()).contains("\"NEW_MEMBER_RATE\""));
    }

    @Test
    void shouldKeepDraftsInsideTheIssuingChainAndShowPublishedOnesToReaders() {
        String province = organization("TU-QUANGTRI", "PROVINCIAL", null);
        String district = organization("HU-VINHLINH", "DISTRICT", province);
        String otherDistrict = organization("HU-GIOLINH", "DISTRICT", province);
        String id = draft(issuer(district), directive(uniqueSymbol("CT", "HU"), district, uniqueDate(), "Chỉ thị về công tác phát triển đảng viên"))
                .statusCode(201).extract().path("id");

        read(issuer(otherDistrict), id).statusCode(404).contentType(PROBLEM);
        read(reader(otherDistrict), id).statusCode(404);
        read(reader(province), id).statusCode(200);
        read(reader(district), id).statusCode(200);

        given().auth().oauth2(issuer(district)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", id).then().statusCode(200);
        read(reader(otherDistrict), id).statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void shouldNotLetAnIssuerDraftForAnotherOrganization() {
        String quangTri = organization("TU-QUANGTRI", "PROVINCIAL", null);
        String quangNam = organization("TU-QUANGNAM", "PROVINCIAL", null);
        String symbol = uniqueSymbol("NQ", "TU");
        draft(issuer(quangTri), directive(symbol, quangNam, uniqueDate(), "Nghị quyết của Tỉnh ủy Quảng Nam"))
                .statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(reader(quangNam)).contentType(ContentType.JSON)
                .body(directive(symbol, quangNam, uniqueDate(), "Nghị quyết"))
                .when().post("/api/v1/directives").then().statusCode(403);
        given().contentType(ContentType.JSON).body(directive(symbol, quangNam, uniqueDate(), "Nghị quyết"))
                .when().post("/api/v1/directives").then().statusCode(401);
        bySymbol(TestTokens.user("admin", "BCHTW", "admin"), symbol, null).statusCode(404);
    }

    @Test
    void shouldRejectAnInvalidSymbolOrAPlanSymbolAndWriteNothing() {
        String centre = organization("BCHTW", "CENTRAL", null);
        draft(issuer(centre), directive("21-XY/TW", centre, uniqueDate(), "Sai ký hiệu"))
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("symbol"))
                .body("errors[0].message", containsString("XY"));
        String planSymbol = uniqueSymbol("KH", "TW");
        draft(issuer(centre), directive(planSymbol, centre, uniqueDate(), "Kế hoạch"))
                .statusCode(400).body("errors[0].message", containsString("không phải văn bản chỉ đạo"));
        bySymbol(issuer(centre), planSymbol, null).statusCode(400);
    }

    @Test
    void shouldRefuseASecondDirectiveWithTheSameSymbolAndDate() {
        String centre = organization("BCHTW", "CENTRAL", null);
        String symbol = uniqueSymbol("KL", "TW");
        LocalDate date = uniqueDate();
        draft(issuer(centre), directive(symbol, centre, date, "Kết luận")).statusCode(201);
        draft(issuer(centre), directive(symbol.toLowerCase(), centre, date, "Kết luận (trùng)"))
                .statusCode(409).contentType(PROBLEM).body("type", endsWith("/conflict"));
        // Numbers restart by year: the same symbol on another date is another directive.
        draft(issuer(centre), directive(symbol, centre, date.plusYears(1), "Kết luận năm sau")).statusCode(201);
        bySymbol(issuer(centre), symbol, null).statusCode(409).body("detail", containsString("give the year"));
        bySymbol(issuer(centre), symbol, date.getYear()).statusCode(200).body("issueDate", equalTo(date.toString()));
    }

    @Test
    void shouldRejectAStaleVersionAndKeepTheDraftAsItWas() {
        String centre = organization("BCHTW", "CENTRAL", null);
        Map<String, Object> body = directive(uniqueSymbol("HD", "BTCTW"), centre, uniqueDate(), "Hướng dẫn ban đầu");
        String id = draft(issuer(centre), body).statusCode(201).extract().path("id");

        body.put("title", "Hướng dẫn sửa lần 1");
        body.put("version", 0);
        update(issuer(centre), id, body).statusCode(200).body("version", equalTo(1));
        body.put("title", "Hướng dẫn sửa từ bản cũ");
        update(issuer(centre), id, body).statusCode(409).contentType(PROBLEM).body("type", endsWith("/stale-version"));
        read(issuer(centre), id).statusCode(200).body("title", equalTo("Hướng dẫn sửa lần 1"));
    }

    @Test
    void shouldFindDirectivesByWordsWithOrWithoutDiacritics() {
        String centre = organization("BCHTW", "CENTRAL", null);
        String symbol = uniqueSymbol("NQ", "TW");
        String id = draft(issuer(centre), directive(symbol, centre, uniqueDate(), TITLE_21)).statusCode(201).extract().path("id");
        publish(issuer(centre), id, 0);
        String reader = reader(centre);

        search(reader, Map.of("q", "nghi quyet " + symbol.split("-")[0] + " to chuc co so dang"))
                .body("items.id", hasItem(id));
        search(reader, Map.of("q", "Nghị quyết tổ chức cơ sở đảng đội ngũ đảng viên", "type", "NQ"))
                .body("items.id", hasItem(id));
        search(reader, Map.of("q", symbol)).body("items.id", hasItem(id));
        search(reader, Map.of("q", "tổ chức cơ sở đảng", "type", "CT")).body("items.id", not(hasItem(id)));
        search(reader, Map.of("q", "to chuc co so dang", "status", "PUBLISHED", "size", 1))
                .body("items.size()", equalTo(1)).body("size", equalTo(1));
    }

    @Test
    void shouldResolveAReferenceWhenTheNamedDirectiveArrives() {
        String centre = organization("BCHTW", "CENTRAL", null);
        String named = uniqueSymbol("CT", "TW");
        Map<String, Object> body = directive(uniqueSymbol("KL", "TW"), centre, uniqueDate(), "Kết luận tiếp tục thực hiện Chỉ thị");
        body.put("references", List.of(Map.of("kind", "IMPLEMENTS", "symbol", named)));
        String conclusion = draft(issuer(centre), body).statusCode(201)
                .body("references[0].resolved", equalTo(false)).extract().path("id");

        String instruction = draft(issuer(centre), directive(named, centre, uniqueDate(), "Chỉ thị về đẩy mạnh học tập"))
                .statusCode(201).extract().path("id");

        read(issuer(centre), conclusion).statusCode(200)
                .body("references[0].resolved", equalTo(true))
                .body("references[0].directiveId", equalTo(instruction));
        given().auth().oauth2(issuer(centre)).when().get("/api/v1/directives/{id}/dependents", instruction)
                .then().statusCode(200).body("id", hasItem(conclusion));
    }

    @Test
    void shouldRevokeOnlyADirectiveInForceWithAReason() {
        String centre = organization("BCHTW", "CENTRAL", null);
        String id = draft(issuer(centre), directive(uniqueSymbol("QĐ", "TW"), centre, uniqueDate(), "Quy định"))
                .statusCode(201).extract().path("id");
        changeStatus(issuer(centre), id, "revoke", Map.of("version", 0, "reason", "Không còn phù hợp"))
                .statusCode(409).contentType(PROBLEM);
        publish(issuer(centre), id, 0);
        changeStatus(issuer(centre), id, "revoke", Map.of("version", 1))
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        changeStatus(issuer(centre), id, "revoke", Map.of("version", 1, "reason", "Được thay thế"))
                .statusCode(200).body("status", equalTo("REVOKED")).body("statusReason", equalTo("Được thay thế"));

        List<String> types = KafkaProbe.events(Topics.DIRECTIVES, Duration.ofSeconds(30),
                        event -> id.equals(event.getSubject()) && DirectiveSnapshot.REVOKED.equals(event.getType()))
                .stream().filter(event -> id.equals(event.getSubject())).map(CloudEvent::getType).toList();
        assertEquals(List.of(DirectiveSnapshot.PUBLISHED, DirectiveSnapshot.REVOKED), types);
    }

    @Test
    void shouldAmendADirectiveInForceKeepingItsSymbol() {
        String centre = organization("BCHTW", "CENTRAL", null);
        String symbol = uniqueSymbol("NQ", "TW");
        LocalDate date = uniqueDate();
        String id = draft(issuer(centre), directive(symbol, centre, date, TITLE_21)).statusCode(201).extract().path("id");
        publish(issuer(centre), id, 0);

        Map<String, Object> content = directive(symbol, centre, date, TITLE_21 + " (sửa đổi)");
        content.put("version", 1);
        changeStatus(issuer(centre), id, "amend", Map.of("reason", "Bổ sung chỉ tiêu", "content", content))
                .statusCode(200).body("status", equalTo("AMENDED")).body("title", endsWith("(sửa đổi)"));
        Map<String, Object> renumbered = directive(uniqueSymbol("NQ", "TW"), centre, date, TITLE_21);
        renumbered.put("version", 2);
        changeStatus(issuer(centre), id, "amend", Map.of("reason", "Đổi số", "content", renumbered))
                .statusCode(400).body("errors[0].field", equalTo("symbol"));
    }

    @Test
    void shouldRejectOversizedAndMalformedContent() {
        String centre = organization("BCHTW", "CENTRAL", null);
        String symbol = uniqueSymbol("NQ", "TW");
        draft(issuer(centre), directive(symbol, centre, uniqueDate(), "x".repeat(1001)))
                .statusCode(400).body("errors.field", hasItem("title"));
        given().auth().oauth2(issuer(centre)).contentType(ContentType.JSON)
                .body("{\"symbol\": \"" + symbol + "\", \"issueDate\": \"16/6/2022\"}")
                .when().post("/api/v1/directives")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("issueDate"));
        bySymbol(issuer(centre), symbol, null).statusCode(404);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static ValidatableResponse draft(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/directives").then();
    }

    private static ValidatableResponse update(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/directives/{id}", id).then();
    }

    private static void publish(String token, String id, int version) {
        changeStatus(token, id, "publish", Map.of("version", version)).statusCode(200);
    }

    private static ValidatableResponse changeStatus(String token, String id, String action, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/directives/{id}/" + action, id).then();
    }

    private static ValidatableResponse read(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/v1/directives/{id}", id).then();
    }

    private static ValidatableResponse bySymbol(String token, String symbol, Integer year) {
        var request = given().auth().oauth2(token).queryParam("symbol", symbol);
        if (year != null) {
            request.queryParam("year", year);
        }
        return request.when().get("/api/v1/directives/by-symbol").then();
    }

    private static ValidatableResponse search(String token, Map<String, Object> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/api/v1/directives").then().statusCode(200);
    }

    private static Map<String, Object> directive(String symbol, String issuerCode, LocalDate date, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", symbol);
        body.put("issuingOrganizationCode", issuerCode);
        body.put("issueDate", date.toString());
        body.put("term", "XIII");
        body.put("title", title);
        return body;
    }

    /** Registers an organisation with a unique code and returns the code. */
    private static String organization(String prefix, String level, String parentCode) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Đảng bộ " + code, "level", level));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        given().auth().oauth2(TestTokens.user("admin", "BCHTW", "admin")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organizations").then().statusCode(201);
        return code;
    }

    private static String issuer(String organizationCode) {
        return TestTokens.user("issuer." + organizationCode, organizationCode, "issuer", "reader");
    }

    private static String reader(String organizationCode) {
        return TestTokens.user("reader." + organizationCode, organizationCode, "reader");
    }

    private static String uniqueSymbol(String type, String issuer) {
        return ThreadLocalRandom.current().nextInt(100, 99_999) + "-" + type + "/" + issuer;
    }

    private static LocalDate uniqueDate() {
        return LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 9_000));
    }
}
