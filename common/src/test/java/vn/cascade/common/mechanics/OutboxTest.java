package vn.cascade.common.mechanics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.cascade.common.outbox.Outbox;
import vn.cascade.common.testing.KafkaProbe;

@QuarkusTest
class OutboxTest {

    private static final String TOPIC = "cascade.test.outbox.v1";
    private static final String TYPE = "vn.cascade.test.happened.v1";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldPublishACommittedEventAndNeverARolledBackOne() {
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String committed = "committed-" + UUID.randomUUID();

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(TOPIC, "test", rolledBack, TYPE, Map.of("n", 1));
            throw new IllegalStateException("a rule broken after the event was recorded");
        }));
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(TOPIC, "test", committed, TYPE, Map.of("n", 2)));

        List<ConsumerRecord<String, byte[]>> records = KafkaProbe.read(TOPIC, Duration.ofSeconds(30),
                seen -> seen.stream().anyMatch(record -> committed.equals(record.key())));
        List<ConsumerRecord<String, byte[]>> ofCommitted = records.stream()
                .filter(record -> committed.equals(record.key())).toList();
        assertEquals(1, ofCommitted.size(), "the committed event is on the topic once, keyed by aggregate id");
        assertTrue(records.stream().noneMatch(record -> rolledBack.equals(record.key())),
                "the rolled-back event is never published");

        CloudEvent event = KafkaProbe.decodeOrNull(ofCommitted.getFirst());
        assertEquals("1.0", event.getSpecVersion().toString());
        assertEquals(TYPE, event.getType());
        assertEquals(URI.create("/cascade/common-test"), event.getSource());
        assertEquals(committed, event.getSubject());
        assertEquals("{\"n\":2}", new String(event.getData().toBytes(), StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(1L,
                count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1 AND published_at IS NOT NULL", committed)));
        assertEquals(0L, count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1", rolledBack));
    }

    @Test
    void shouldRefuseToRecordAnEventOutsideATransaction() {
        assertThrows(TransactionalException.class,
                () -> outbox.publish(TOPIC, "test", "loose", TYPE, Map.of("n", 0)));
    }

    @Test
    void shouldKeepTheEventsOfOneAggregateInOrder() {
        String aggregate = "ordered-" + UUID.randomUUID();
        int count = 30;
        for (int i = 0; i < count; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(TOPIC, "test", aggregate, TYPE, Map.of("n", n)));
        }

        List<String> payloads = KafkaProbe.read(TOPIC, Duration.ofSeconds(30),
                        seen -> seen.stream().filter(record -> aggregate.equals(record.key())).count() >= count)
                .stream()
                .filter(record -> aggregate.equals(record.key()))
                .map(record -> new String(KafkaProbe.decodeOrNull(record).getData().toBytes(), StandardCharsets.UTF_8))
                .toList();

        List<String> expected = java.util.stream.IntStream.range(0, count).mapToObj(n -> "{\"n\":" + n + "}").toList();
        assertEquals(expected, payloads);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
