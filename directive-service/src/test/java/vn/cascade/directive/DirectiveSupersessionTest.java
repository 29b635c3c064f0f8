package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.DocumentLink;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;

/**
 * Issue 19: a directive published as replacing or amending an earlier one changes that one's status and announces
 * it; the documents resting on a changed directive are listed in the answer; the reference graph shows the status.
 */
@QuarkusTest
class DirectiveSupersessionTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldReplaceAnEarlierGuidanceAndListWhatRestsOnIt() throws Exception {
        Map<String, Object> centre = organization("BCHTW", "CENTRAL", null);
        Map<String, Object> province = organization("TU-QUANGTRI", "PROVINCIAL", (String) centre.get("code"));
        String issuer = TestTokens.user("issuer", (String) centre.get("code"), "issuer", "reader");
        String guidance = number() + "-HD/TW";
        String guidanceId = publish(issuer, centre, guidance, "2022-10-04", List.of());
        // A later guidance rests on the first, and a province's plan implements it.
        String follower = number() + "-HD/TW";
        String followerId = publish(issuer, centre, follower, "2022-11-01",
                List.of(Map.of("kind", "BASED_ON", "symbol", guidance, "issueDate", "2022-10-04")));
        UUID planId = UUID.randomUUID();
        String planSymbol = number() + "-KH/TU";
        sendPlan(new PlanSnapshot(planId, planSymbol, "KH", UUID.fromString((String) province.get("id")),
                (String) province.get("code"), LocalDate.of(2022, 12, 2), "Thực hiện Hướng dẫn", "ISSUED", 1,
                new DocumentLink(ReferenceKind.IMPLEMENTS, guidance, LocalDate.of(2022, 10, 4), UUID.fromString(guidanceId)),
                null, List.of(), List.of(), List.of(), List.of(), null));
        String reader = TestTokens.user("reader", (String) province.get("code"), "reader");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(reader)
                .queryParam("symbol", guidance).queryParam("direction", "DEPENDENTS")
                .when().get("/api/v1/documents/graph").then().statusCode(200).body("dependents", hasSize(2)));

        String replacement = number() + "-HD/TW";
        String draft = draft(issuer, centre, replacement, "2023-03-01",
                List.of(Map.of("kind", "REPLACES", "symbol", guidance, "issueDate", "2022-10-04")));
        given().auth().oauth2(issuer).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", draft).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("consequences.superseded", hasSize(1))
                .body("consequences.superseded[0].directiveId", equalTo(guidanceId))
                .body("consequences.superseded[0].status", equalTo("REPLACED"))
                .body("consequences.superseded[0].dependents.id", containsInAnyOrder(followerId, planId.toString()))
                .body("consequences.superseded[0].dependents.kind", containsInAnyOrder("DIRECTIVE", "PLAN"))
                .body("consequences.dependents", empty());

        given().auth().oauth2(reader).when().get("/api/v1/directives/{id}", guidanceId).then().statusCode(200)
                .body("status", equalTo("REPLACED"))
                .body("replacedBy.symbol", equalTo(replacement))
                .body("replacedBy.directiveId", equalTo(draft))
                .body("statusReason", equalTo("Được thay thế bởi " + replacement))
                .body("consequences", nullValue());
        given().auth().oauth2(reader).queryParam("symbol", replacement).queryParam("direction", "DEPENDS_ON")
                .when().get("/api/v1/documents/graph").then().statusCode(200)
                .body("dependsOn[0].status", equalTo("REPLACED"))
                .body("references.kind", hasItem("REPLACES"));

        List<CloudEvent> events = KafkaProbe.events(Topics.DIRECTIVES, Duration.ofSeconds(30),
                event -> guidanceId.equals(event.getSubject()) && DirectiveSnapshot.REPLACED.equals(event.getType()));
        DirectiveSnapshot replaced = objectMapper.readValue(events.stream()
                .filter(event -> guidanceId.equals(event.getSubject()) && DirectiveSnapshot.REPLACED.equals(event.getType()))
                .findFirst().orElseThrow().getData().toBytes(), DirectiveSnapshot.class);
        assertEquals("REPLACED", replaced.status());

    }

    @Test
    void shouldKeepAnAmendedDirectiveInForceAndRefuseAnotherOrganisationsAmendment() {
        Map<String, Object> centre = organization("BCHTW", "CENTRAL", null);
        Map<String, Object> province = organization("TU-QUANGTRI", "PROVINCIAL", (String) centre.get("code"));
        String central = TestTokens.user("issuer", (String) centre.get("code"), "issuer", "reader");
        String provincial = TestTokens.user("issuer.tu", (String) province.get("code"), "issuer", "reader");
        String regulation = number() + "-QĐ/TW";
        String regulationId = publish(central, centre, regulation, "2022-06-16", List.of());

        String byProvince = draft(provincial, province, number() + "-HD/TU", "2023-01-05",
                List.of(Map.of("kind", "AMENDS", "symbol", regulation, "issueDate", "2022-06-16")));
        given().auth().oauth2(provincial).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", byProvince).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("Văn bản không thể sửa đổi hoặc thay thế các văn bản đã nêu"))
                .body("errors[0].field", equalTo("references[0].symbol"));
        given().auth().oauth2(central).when().get("/api/v1/directives/{id}", byProvince).then()
                .body("status", equalTo("DRAFT"));

        String amending = number() + "-QĐ/TW";
        publish(central, centre, amending, "2023-02-01",
                List.of(Map.of("kind", "AMENDS", "symbol", regulation, "issueDate", "2022-06-16")));
        given().auth().oauth2(central).when().get("/api/v1/directives/{id}", regulationId).then().statusCode(200)
                .body("status", equalTo("AMENDED"))
                .body("amendedBy.symbol", contains(amending))
                .body("replacedBy", nullValue());
    }

    private void sendPlan(PlanSnapshot plan) throws Exception {
        KafkaProbe.send(Topics.PLANS, plan.id().toString(), codec.encode(UUID.randomUUID().toString(),
                URI.create("/cascade/plan-service"), PlanSnapshot.ISSUED, plan.id().toString(), OffsetDateTime.now(),
                objectMapper.writeValueAsString(plan)));
    }

    private static int number() {
        return ThreadLocalRandom.current().nextInt(100, 99_990);
    }

    private static String publish(String token, Map<String, Object> issuer, String symbol, String date,
            List<Map<String, Object>> references) {
        String id = draft(token, issuer, symbol, date, references);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", id).then().statusCode(200);
        return id;
    }

    private static String draft(String token, Map<String, Object> issuer, String symbol, String date,
            List<Map<String, Object>> references) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("symbol", symbol, "issuingOrganizationCode", issuer.get("code"), "issueDate", date,
                        "title", "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng", "references", references))
                .when().post("/api/v1/directives").then().statusCode(201).extract().path("id");
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
