package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.TaskGuidanceLinked;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;

@QuarkusTest
class ImplementationTest {

    private static final String ADMIN = "admin";

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldShowWhoAnsweredADirectiveAndWhichSubordinatesHaveNotYet() throws Exception {
        Map<String, Object> centre = organization("BCHTW", "CENTRAL", null);
        Map<String, Object> province = organization("TU-QUANGTRI", "PROVINCIAL", (String) centre.get("code"));
        Map<String, Object> vinhLinh = organization("HU-VINHLINH", "DISTRICT", (String) province.get("code"));
        Map<String, Object> gioLinh = organization("HU-GIOLINH", "DISTRICT", (String) province.get("code"));
        String centreIssuer = TestTokens.user("issuer", (String) centre.get("code"), "issuer", "reader");
        String directiveId = given().auth().oauth2(centreIssuer).contentType(ContentType.JSON)
                .body(Map.of("symbol", ThreadLocalRandom.current().nextInt(100, 99_999) + "-NQ/TW",
                        "issuingOrganizationCode", centre.get("code"), "issueDate", "2022-06-16",
                        "title", "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng"))
                .when().post("/api/v1/directives").then().statusCode(201).extract().path("id");
        given().auth().oauth2(centreIssuer).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", directiveId).then().statusCode(200);

        UUID planId = UUID.randomUUID();
        PlanSnapshot issued = plan(planId, vinhLinh, UUID.fromString(directiveId), "ISSUED", 1);
        publish(PlanSnapshot.ISSUED, issued);
        publish(PlanSnapshot.ISSUED, issued);
        // A task of the plan linked to its guidance is taken without effect, not dead-lettered.
        String linked = UUID.randomUUID().toString();
        KafkaProbe.send(Topics.PLANS, planId.toString(), codec.encode(linked, URI.create("/cascade/plan-service"),
                TaskGuidanceLinked.TYPE, planId.toString(), OffsetDateTime.now(), objectMapper.writeValueAsString(
                        new TaskGuidanceLinked(planId, "68-KH/HU", UUID.fromString((String) vinhLinh.get("id")),
                                (String) vinhLinh.get("code"), UUID.randomUUID(), "1.4",
                                new TaskGuidanceLinked.Document("DIRECTIVE", UUID.randomUUID(), "40-HD/BTCTW", "HD",
                                        "BTCTW", LocalDate.of(2023, 3, 15)),
                                "ISSUER_AND_KIND", LocalDate.of(2023, 6, 13), "DEFAULT", OffsetDateTime.now()))));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(linked));
        String reader = TestTokens.user("reader", (String) province.get("code"), "reader");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> implementation(reader, directiveId, province)
                .body("answered", hasSize(1))
                .body("answered[0].organizationCode", equalTo(vinhLinh.get("code")))
                .body("answered[0].level", equalTo("DISTRICT"))
                .body("answered[0].planSymbol", equalTo("68-KH/HU"))
                .body("answered[0].daysAfterDirective", equalTo(207))
                .body("notYet.organizationCode", contains(gioLinh.get("code"))));

        publish(PlanSnapshot.REVOKED, plan(planId, vinhLinh, UUID.fromString(directiveId), "REVOKED", 3));
        publish(PlanSnapshot.AMENDED, plan(planId, vinhLinh, UUID.fromString(directiveId), "AMENDED", 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> implementation(reader, directiveId, province)
                .body("answered", hasSize(0))
                .body("notYet", hasSize(2)));

        String otherProvince = (String) organization("TU-QUANGNAM", "PROVINCIAL", (String) centre.get("code")).get("code");
        given().auth().oauth2(TestTokens.user("reader", otherProvince, "reader"))
                .queryParam("organization", province.get("code"))
                .when().get("/api/v1/directives/{id}/implementation", directiveId).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(reader).queryParam("organization", "TU-KHONGCO")
                .when().get("/api/v1/directives/{id}/implementation", directiveId).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM processed_event WHERE consumer = 'directive-service' AND event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() == 1);
    }

    private static io.restassured.response.ValidatableResponse implementation(String token, String directiveId,
            Map<String, Object> organization) {
        return given().auth().oauth2(token).queryParam("organization", organization.get("code"))
                .when().get("/api/v1/directives/{id}/implementation", directiveId).then().statusCode(200);
    }

    private static PlanSnapshot plan(UUID id, Map<String, Object> issuer, UUID directiveId, String status, long version) {
        return new PlanSnapshot(id, "68-KH/HU", "KH", UUID.fromString((String) issuer.get("id")), (String) issuer.get("code"),
                LocalDate.of(2023, 1, 9), "Kế hoạch thực hiện Nghị quyết số 21-NQ/TW", status, version,
                new PlanSnapshot.DocumentLink(ReferenceKind.IMPLEMENTS, "21-NQ/TW", LocalDate.of(2022, 6, 16), directiveId),
                null, List.of(), List.of(), List.of(), List.of(), null);
    }

    private void publish(String type, PlanSnapshot plan) throws Exception {
        KafkaProbe.send(Topics.PLANS, plan.id().toString(), codec.encode(UUID.randomUUID().toString(),
                URI.create("/cascade/plan-service"), type, plan.id().toString(), OffsetDateTime.now(),
                objectMapper.writeValueAsString(plan)));
    }

    private static Map<String, Object> organization(String prefix, String level, String parentCode) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "Đảng bộ " + code, "level", level));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        return given().auth().oauth2(TestTokens.user(ADMIN, "BCHTW", ADMIN)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/organizations").then().statusCode(201).extract().jsonPath().getMap("");
    }
}
