package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.DocumentLink;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;

@QuarkusTest
class DocumentGraphTest {

    private static final String GRAPH = "/api/v1/documents/graph";

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldFollowTheCascadeFromTheResolutionThroughPlansBothWays() throws Exception {
        Map<String, Object> centre = organization("BCHTW", "CENTRAL", null);
        Map<String, Object> politburo = organization("BCT", "CENTRAL", (String) centre.get("code"));
        Map<String, Object> province = organization("TU-QUANGTRI", "PROVINCIAL", (String) centre.get("code"));
        Map<String, Object> district = organization("HU-VINHLINH", "DISTRICT", (String) province.get("code"));
        String issuer = TestTokens.user("issuer", (String) centre.get("code"), "issuer", "reader");
        String resolution = number() + "-NQ/TW";
        String resolutionId = publishDirective(issuer, centre, resolution, "2022-06-16", List.of());
        String draftId = draftDirective(issuer, centre, number() + "-HD/TW", "2022-09-01",
                List.of(Map.of("kind", "BASED_ON", "symbol", resolution, "issueDate", "2022-06-16")));

        String politburoPlan = number() + "-KH/TW";
        String provincialProgramme = number() + "-CTr/TU";
        String districtPlan = number() + "-KH/HU";
        UUID p07 = UUID.randomUUID();
        UUID p48 = UUID.randomUUID();
        UUID p68 = UUID.randomUUID();
        publish(plan(p07, politburoPlan, "KH", politburo, "2022-08-17",
                new DocumentLink(ReferenceKind.IMPLEMENTS, resolution, LocalDate.parse("2022-06-16"), UUID.fromString(resolutionId)),
                null, List.of()));
        // The district's plan arrives before the programme it rests on, naming it by symbol only: resolved when it comes.
        publish(plan(p68, districtPlan, "KH", district, "2023-01-09", null, null, List.of(
                new DocumentLink(ReferenceKind.BASED_ON, provincialProgramme, LocalDate.parse("2022-12-02"), null),
                new DocumentLink(ReferenceKind.BASED_ON, "35-HD/BTCTW", LocalDate.parse("2022-10-04"), null))));
        publish(plan(p48, provincialProgramme, "CTr", province, "2022-12-02", null, p07, List.of(
                new DocumentLink(ReferenceKind.BASED_ON, politburoPlan, LocalDate.parse("2022-08-17"), p07))));

        String reader = TestTokens.user("reader", (String) district.get("code"), "reader");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> graph(reader, resolution, Map.of("direction", "DEPENDENTS"))
                .statusCode(200).body("dependents", hasSize(3)));

        graph(reader, resolution, Map.of("direction", "dependents")).statusCode(200)
                .body("document.id", equalTo(resolutionId))
                .body("document.kind", equalTo("DIRECTIVE"))
                .body("dependents.symbol", contains(politburoPlan, provincialProgramme, districtPlan))
                .body("dependents.kind", contains("PLAN", "PLAN", "PLAN"))
                .body("dependents.depth", contains(1, 2, 3))
                .body("dependents.id", not(hasItem(draftId)))
                .body("references.sourceId", not(hasItem(draftId)))
                .body("dependsOn", hasSize(0))
                .body("truncated", equalTo(false));

        graph(reader, districtPlan.toLowerCase(), Map.of()).statusCode(200)
                .body("document.id", equalTo(p68.toString()))
                .body("document.kind", equalTo("PLAN"))
                .body("dependsOn.symbol", contains(provincialProgramme, politburoPlan, resolution))
                .body("dependsOn.depth", contains(1, 2, 3))
                .body("dependents", hasSize(0))
                .body("references.findAll { it.targetSymbol == '35-HD/BTCTW' }.targetId", contains(nullValue()))
                .body("references.findAll { it.sourceId == '" + p68 + "' && it.targetSymbol == '" + provincialProgramme
                        + "' }.targetId", contains(p48.toString()))
                .body("references.findAll { it.sourceId == '" + p48 + "' }.kind", containsInAnyOrder("BASED_ON"));

        graph(reader, resolution, Map.of("direction", "DEPENDENTS", "depth", 1)).statusCode(200)
                .body("dependents.symbol", contains(politburoPlan))
                .body("truncated", equalTo(true));
    }

    @Test
    void shouldEndAtACycleWithEachDocumentOnce() {
        Map<String, Object> centre = organization("BCHTW", "CENTRAL", null);
        String issuer = TestTokens.user("issuer", (String) centre.get("code"), "issuer", "reader");
        String first = number() + "-KL/TW";
        String second = number() + "-QĐ/TW";
        String firstId = publishDirective(issuer, centre, first, "2023-01-04",
                List.of(Map.of("kind", "RELATED", "symbol", second)));
        String secondId = publishDirective(issuer, centre, second, "2023-02-01",
                List.of(Map.of("kind", "RELATED", "symbol", first)));

        graph(issuer, first, Map.of("depth", 20)).statusCode(200)
                .body("document.id", equalTo(firstId))
                .body("dependsOn.id", contains(secondId))
                .body("dependents.id", contains(secondId))
                .body("references", hasSize(2));
    }

    @Test
    void shouldAnswerProblemsForBadQueriesAndRequireARole() {
        String reader = TestTokens.user("reader", "BCHTW", "reader");
        graph(reader, "21 NQ TW", Map.of()).statusCode(400).body("errors[0].field", equalTo("symbol"));
        graph(reader, "21-NQ/TW", Map.of("direction", "SIDEWAYS")).statusCode(400).body("errors[0].field", equalTo("direction"));
        graph(reader, "21-NQ/TW", Map.of("depth", 0)).statusCode(400);
        graph(reader, "21-NQ/TW", Map.of("year", "năm ngoái")).statusCode(400).body("errors[0].field", equalTo("year"));
        graph(reader, "99998-NQ/TW", Map.of("year", 1900)).statusCode(404).contentType("application/problem+json");
        given().queryParam("symbol", "21-NQ/TW").when().get(GRAPH).then().statusCode(401);
        graph(TestTokens.user("khach", "BCHTW", "guest"), "21-NQ/TW", Map.of()).statusCode(403);
    }

    private static ValidatableResponse graph(String token, String symbol, Map<String, Object> parameters) {
        return given().auth().oauth2(token).queryParam("symbol", symbol).queryParams(parameters)
                .when().get(GRAPH).then();
    }

    private static int number() {
        return ThreadLocalRandom.current().nextInt(100, 99_990);
    }

    private static String publishDirective(String token, Map<String, Object> issuer, String symbol, String date,
            List<Map<String, Object>> references) {
        String id = draftDirective(token, issuer, symbol, date, references);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", id).then().statusCode(200);
        return id;
    }

    private static String draftDirective(String token, Map<String, Object> issuer, String symbol, String date,
            List<Map<String, Object>> references) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("symbol", symbol, "issuingOrganizationCode", issuer.get("code"), "issueDate", date,
                        "title", "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng", "references", references))
                .when().post("/api/v1/directives").then().statusCode(201).extract().path("id");
    }

    private static PlanSnapshot plan(UUID id, String symbol, String type, Map<String, Object> issuer, String date,
            DocumentLink implementsDirective, UUID parentPlanId, List<DocumentLink> basedOn) {
        return new PlanSnapshot(id, symbol, type, UUID.fromString((String) issuer.get("id")), (String) issuer.get("code"),
                LocalDate.parse(date), "Thực hiện Nghị quyết số 21-NQ/TW", "ISSUED", 1, implementsDirective, parentPlanId,
                basedOn, List.of(), List.of(), List.of(), null);
    }

    private void publish(PlanSnapshot plan) throws Exception {
        KafkaProbe.send(Topics.PLANS, plan.id().toString(), codec.encode(UUID.randomUUID().toString(),
                URI.create("/cascade/plan-service"), PlanSnapshot.ISSUED, plan.id().toString(), OffsetDateTime.now(),
                objectMapper.writeValueAsString(plan)));
    }

    private static Map<String, Object> organization(String prefix, String level, String parentCode) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", "Đảng bộ " + code, "level", level));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        return given().auth().oauth2(TestTokens.user("admin", "BCHTW", "admin")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getMap("");
    }
}
