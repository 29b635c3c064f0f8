package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.outbox.Outbox;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;

/** Faults fixed at the root, on the real PostgreSQL and Kafka of the tests (docs/reliability.md). */
@QuarkusTest
class ReliabilityTest {

    private static final String TOPIC = "cascade.test.outbox.v1";
    private static final String TYPE = "vn.cascade.test.happened.v1";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void shouldParkAnEventTheBrokerKeepsRefusingAndPublishTheOnesBehindIt() {
        String refused = "refused-" + UUID.randomUUID();
        String behind = "behind-" + UUID.randomUUID();
        // A topic name Kafka can never accept: the broker refuses this row, not every row.
        QuarkusTransaction.requiringNew().run(() -> outbox.publish("cascade.test invalid topic", "test", refused, TYPE,
                Map.of("n", 1)));
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TOPIC, "test", behind, TYPE, Map.of("n", 2)));

        KafkaProbe.read(TOPIC, Duration.ofSeconds(30), seen -> seen.stream().anyMatch(r -> behind.equals(r.key())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1L,
                count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1 AND parked_at IS NOT NULL"
                        + " AND attempts = 3 AND last_error LIKE '%InvalidTopic%'", refused)));
        UUID id = (UUID) entityManager.createNativeQuery("SELECT id FROM outbox_event WHERE aggregate_id = ?1")
                .setParameter(1, refused).getSingleResult();

        String admin = TestTokens.bearer(TestTokens.user("admin", "BCHTW", "admin"));
        given().header("Authorization", admin).when().get("/api/v1/admin/test/outbox/parked").then().statusCode(200)
                .body("id", hasItem(id.toString()))
                .body("find { it.id == '" + id + "' }.attempts", equalTo(3))
                .body("find { it.id == '" + id + "' }.lastError", containsString("InvalidTopic"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("cascade_outbox_parked "))
                .body(containsString("cascade_outbox_parked_events_total"))
                .body(containsString("cascade_outbox_published_events_total{type=\"" + TYPE + "\"}"))
                .body(containsString("cascade_outbox_backlog "))
                .body(containsString("cascade_outbox_oldest_unpublished_age_seconds "));

        // Retried while the cause persists: parked again after three more refusals.
        given().header("Authorization", admin).when().post("/api/v1/admin/test/outbox/parked/" + id + "/retry")
                .then().statusCode(204);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1L,
                count("SELECT count(*) FROM outbox_event WHERE id = ?1 AND parked_at IS NOT NULL AND attempts = 3", id)));
        // Dropped: gone, and a second drop or retry finds nothing.
        given().header("Authorization", admin).when().delete("/api/v1/admin/test/outbox/parked/" + id)
                .then().statusCode(204);
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE id = ?1", id));
        given().header("Authorization", admin).when().delete("/api/v1/admin/test/outbox/parked/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", admin).when().post("/api/v1/admin/test/outbox/parked/" + UUID.randomUUID() + "/retry")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.user("clerk", "BCHTW", "issuer")))
                .when().get("/api/v1/admin/test/outbox/parked").then().statusCode(403);
    }

    @Test
    void shouldRefuseAnOversizedEventWhenItIsWritten() {
        String aggregate = "huge-" + UUID.randomUUID();
        String huge = "x".repeat(600 * 1024);
        DomainException refused = assertThrows(DomainException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish(TOPIC, "test", aggregate, TYPE, Map.of("blob", huge))));
        assertEquals(DomainException.Kind.TOO_LARGE, refused.kind());
        assertTrue(refused.getMessage().contains("524288"), refused.getMessage());
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1", aggregate));
    }

    @Test
    void shouldAnswerTheNextRequestAfterTheDatabaseEndedEveryConnection() throws Exception {
        for (int round = 0; round < 3; round++) {
            fillThePool(4);
            int terminated = terminateTheServicesBackends();
            assertTrue(terminated >= 4, "the pool held connections to end: " + terminated);
            // Every connection the pool holds is dead; validation replaces each before use.
            for (int request = 0; request < 5; request++) {
                given().when().get("/api/v1/items").then().statusCode(200);
            }
        }
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    /** Borrows that many connections at once and gives them back: the pool then holds them idle. */
    private void fillThePool(int connections) throws java.sql.SQLException {
        List<java.sql.Connection> borrowed = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                java.sql.Connection connection = dataSource.getConnection();
                borrowed.add(connection);
                connection.createStatement().execute("SELECT 1");
            }
        } finally {
            for (java.sql.Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    /** From a connection of its own, outside the pool, as an operator or a failover would. */
    private static int terminateTheServicesBackends() throws java.sql.SQLException {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url,
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                java.sql.ResultSet row = admin.createStatement().executeQuery("""
                        SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid()""")) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void shouldCarryTheTraceOfTheRequestToTheTransactionThatAppliesItsEvent() {
        String traceId = "4bf92f3577b34da6a3ce" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String note = "traced-" + UUID.randomUUID();
        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00")
                .queryParam("note", note)
                .when().post("/api/v1/test-events").then().statusCode(204);

        String stored = (String) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT traceparent FROM outbox_event WHERE aggregate_id = ?1").setParameter(1, note).getSingleResult());
        assertNotNull(stored);
        assertTrue(stored.startsWith("00-" + traceId + "-"), "the outbox row carries the request's trace: " + stored);

        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read(RecordingHandler.TOPIC, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(r -> note.equals(r.key())));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> note.equals(r.key())).findFirst().orElseThrow();
        assertEquals(stored, new String(record.headers().lastHeader("traceparent").value()),
                "the Kafka record carries it as its traceparent header");

        String data = "{\"note\":\"" + note + "\"}";
        await().atMost(Duration.ofSeconds(30)).until(() -> RecordingHandler.traceIds.containsKey(data));
        assertEquals(traceId, RecordingHandler.traceIds.get(data),
                "the consumer applied the event in a span of the same trace");
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
