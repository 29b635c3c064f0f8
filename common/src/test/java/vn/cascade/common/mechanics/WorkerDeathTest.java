package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.testing.KafkaProbe;

/**
 * A consumer thread that hangs (a handler blocked for ever) does not recover by itself: liveness must fail so the
 * process is restarted, while readiness holds. In an application of its own, with its own consumer group and a
 * stall timeout of seconds rather than minutes.
 */
@QuarkusTest
@TestProfile(WorkerDeathTest.OwnApplication.class)
class WorkerDeathTest {

    public static class OwnApplication implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cascade.consumer.group-id", "common-test-worker-death",
                    "cascade.consumer.stall-timeout", "10s");
        }
    }

    @Inject
    CloudEventCodec codec;

    @Test
    void shouldFailLivenessWhileTheConsumerThreadHangsAndRecoverWhenItMovesOn() {
        String marker = "hanging-" + UUID.randomUUID();
        RecordingHandler.hangingMarker = marker;
        try {
            KafkaProbe.send(RecordingHandler.TOPIC, marker, codec.encode(UUID.randomUUID().toString(),
                    URI.create("/cascade/test-producer"), "vn.cascade.test.recorded.v1", marker, OffsetDateTime.now(),
                    "{\"note\":\"" + marker + "\"}"));

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> given().when().get("/q/health/live")
                    .then().statusCode(503)
                    .body("checks.find { it.name == 'Messaging workers' }.data.'event-consumer'", equalTo("stalled"))
                    .body("checks.find { it.name == 'Messaging workers' }.data.'outbox-relay'", equalTo("running")));
            given().when().get("/q/metrics").then().statusCode(200)
                    .body(containsString("cascade_messaging_worker_alive{worker=\"event-consumer\"} 0.0"));
            // Readiness holds: the API serves from the database, whatever happened to the consumer.
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            RecordingHandler.release.countDown();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/live")
                .then().statusCode(200));
    }
}
