package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;

@QuarkusTest
class DeadLetterReplayTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldReplayAnEventOnceItsCauseIsFixed() {
        String marker = "flaky-" + UUID.randomUUID();
        RecordingHandler.failingMarker = marker;
        String key = "org-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(RecordingHandler.TOPIC, key, codec.encode(eventId, URI.create("/cascade/test-producer"),
                "vn.cascade.test.recorded.v1", key, OffsetDateTime.now(), "{\"note\":\"" + marker + "\"}"));

        String admin = TestTokens.user("admin", "BCHTW", "admin");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin)
                .when().get("/api/v1/admin/test/dead-letters").then().statusCode(200)
                .body("key", hasItem(key)));
        assertEquals(0, effects(eventId));

        RecordingHandler.failingMarker = null;
        given().auth().oauth2(admin).when().post("/api/v1/admin/test/dead-letters/replay")
                .then().statusCode(200).body("replayed", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(eventId) == 1);

        // Replayed letters are not sent again, and even if they were the ledger would skip them.
        given().auth().oauth2(admin).when().post("/api/v1/admin/test/dead-letters/replay")
                .then().statusCode(200).body("replayed", equalTo(0));
        given().auth().oauth2(admin).when().get("/api/v1/admin/test/dead-letters").then().statusCode(200)
                .body("find { it.key == '%s' }.replayed".formatted(key), equalTo(true));
        given().auth().oauth2(TestTokens.user("reader", "BCHTW", "reader"))
                .when().post("/api/v1/admin/test/dead-letters/replay").then().statusCode(403);
        assertEquals(1, effects(eventId));
    }

    private long effects(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM test_effect WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
