package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.directive.repository.OrganizationRepository;

@QuarkusTest
class OrganizationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    OrganizationRepository organizations;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldRegisterAnOrganizationAndPublishItsSnapshot() throws Exception {
        String parent = uniqueCode("TU-QUANGTRI");
        String child = uniqueCode("HU-VINHLINH");
        create(parent, "Tỉnh ủy Quảng Trị", "PROVINCIAL", null).then().statusCode(201);

        String id = create(child, "Huyện ủy Vĩnh Linh", "DISTRICT", parent)
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/organizations/"))
                .body("code", equalTo(child))
                .body("level", equalTo("DISTRICT"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.user("doc.gia", parent, "reader"))
                .queryParam("code", child).when().get("/api/v1/organizations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].name", equalTo("Huyện ủy Vĩnh Linh"));

        List<CloudEvent> events = KafkaProbe.events(Topics.ORGANIZATIONS, Duration.ofSeconds(30),
                event -> id.equals(event.getSubject()));
        List<CloudEvent> ofChild = events.stream().filter(event -> id.equals(event.getSubject())).toList();
        assertEquals(1, ofChild.size());
        assertEquals(OrganizationSnapshot.TYPE, ofChild.getFirst().getType());
        OrganizationSnapshot snapshot = objectMapper.readValue(ofChild.getFirst().getData().toBytes(), OrganizationSnapshot.class);
        assertEquals(child, snapshot.code());
        assertEquals("Huyện ủy Vĩnh Linh", snapshot.name());
        assertTrue(snapshot.path().endsWith("/" + snapshot.parentId() + "/" + id), snapshot.path());
    }

    @Test
    void shouldStoreNamesInNfc() {
        String code = uniqueCode("DU-KHOI");
        String decomposed = Normalizer.normalize("Đảng ủy Khối các cơ quan Trung ương", Normalizer.Form.NFD);
        create(code, decomposed, "PROVINCIAL", null).then().statusCode(201)
                .body("name", equalTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC)));
    }

    @Test
    void shouldListEveryInvalidFieldAndWriteNothing() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"bad code!\", \"name\": \"\", \"memberCount\": -5}")
                .when().post("/api/v1/organizations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("errors.field", hasItems("code", "name", "level", "memberCount"));
        assertEquals(0, organizations.count("code", "bad code!"));
    }

    @Test
    void shouldRejectAnUnknownLevel() {
        String code = uniqueCode("X");
        create(code, "Đảng bộ X", "GALACTIC", null)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("level"));
        assertEquals(0, organizations.count("code", code));
    }

    @Test
    void shouldRejectMalformedJsonAndWriteNothing() {
        long before = countAll();
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"TU-X\", \"name\": \"Tỉnh ủy\"")
                .when().post("/api/v1/organizations")
                .then().statusCode(400).contentType(PROBLEM).body("type", endsWith("/malformed-json"));
        assertEquals(before, countAll());
    }

    @Test
    void shouldRejectAnUnknownParent() {
        String code = uniqueCode("HU");
        create(code, "Huyện ủy", "DISTRICT", "NO-SUCH-PARENT")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("parentCode"))
                .body("detail", equalTo("Yêu cầu không hợp lệ"))
                .body("errors[0].message", equalTo("không có tổ chức nào mang mã NO-SUCH-PARENT"));
        given().auth().oauth2(admin()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"Huyện ủy\", \"level\": \"DISTRICT\", \"parentCode\": \"NO-SUCH-PARENT\"}"
                        .formatted(code))
                .when().post("/api/v1/organizations").then().statusCode(400)
                .body("errors[0].message", equalTo("no organisation has code NO-SUCH-PARENT"));
        assertEquals(0, organizations.count("code", code));
    }

    @Test
    void shouldAnswerConflictForATakenCode() {
        String code = uniqueCode("TU-QUANGNAM");
        create(code, "Tỉnh ủy Quảng Nam", "PROVINCIAL", null).then().statusCode(201);
        create(code, "Tỉnh ủy Quảng Nam (bản sao)", "PROVINCIAL", null)
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/conflict"))
                .body("title", equalTo("Xung đột dữ liệu")).body("detail", equalTo("Đã có tổ chức mang mã " + code));
        given().auth().oauth2(admin()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"Tỉnh ủy\", \"level\": \"PROVINCIAL\"}".formatted(code))
                .when().post("/api/v1/organizations").then().statusCode(409)
                .body("title", equalTo("Conflict")).body("detail", equalTo("An organisation with code " + code + " already exists"));
        assertEquals(1, organizations.count("code", code));
    }

    @Test
    void shouldAnswerNotFoundWithAProblem() {
        given().auth().oauth2(admin())
                .when().get("/api/v1/organizations/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("type", endsWith("/not-found"));
    }

    @Test
    void shouldRequireAValidTokenAndTheAdminRoleToRegister() {
        String body = "{\"code\": \"%s\", \"name\": \"Tỉnh ủy\", \"level\": \"PROVINCIAL\"}".formatted(uniqueCode("TU"));
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organizations").then().statusCode(401);
        given().auth().oauth2(TestTokens.tampered(admin())).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organizations").then().statusCode(401);
        given().auth().oauth2(TestTokens.user("issuer.qt", "TU-QUANGTRI", "issuer", "reader"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organizations").then().statusCode(403);
        given().when().get("/api/v1/organizations/{id}", UUID.randomUUID()).then().statusCode(401);
    }

    private io.restassured.response.Response create(String code, String name, String level, String parentCode) {
        String parent = parentCode == null ? "null" : "\"" + parentCode + "\"";
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body("{\"code\": \"%s\", \"name\": \"%s\", \"level\": \"%s\", \"parentCode\": %s, \"memberCount\": 1200}"
                        .formatted(code, name, level, parent))
                .when().post("/api/v1/organizations");
    }

    private long countAll() {
        return QuarkusTransaction.requiringNew().call(() -> organizations.count());
    }

    private static String admin() {
        return TestTokens.user("admin", "BCHTW", "admin");
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
