package vn.cascade.common.mechanics;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.testing.KafkaProbe;

@QuarkusTest
class EventConsumerTest {

    private static final String TOPIC = RecordingHandler.TOPIC;
    private static final String DEAD_LETTERS = "common-test.dlt";

    @Inject
    CloudEventCodec codec;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldApplyARedeliveredEventOnce() {
        String key = "org-" + UUID.randomUUID();
        String redelivered = UUID.randomUUID().toString();
        byte[] event = event(redelivered, key, "{\"n\":1}");
        KafkaProbe.send(TOPIC, key, event);
        KafkaProbe.send(TOPIC, key, event);
        String marker = UUID.randomUUID().toString();
        KafkaProbe.send(TOPIC, key, event(marker, key, "{\"n\":2}"));

        // Same key, same partition: once the marker is applied, both copies have been consumed.
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker) == 1);
        assertEquals(1, effects(redelivered));
        assertEquals(1, ledgerEntries(redelivered));
    }

    @Test
    void shouldDeadLetterPoisonMessagesAndKeepConsumingThePartition() {
        String key = "org-" + UUID.randomUUID();
        byte[] garbage = "not a cloud event".getBytes(StandardCharsets.UTF_8);
        KafkaProbe.send(TOPIC, key, garbage);
        String rejected = UUID.randomUUID().toString();
        KafkaProbe.send(TOPIC, key, event(rejected, key, "{\"poison\":true}"));
        String later = UUID.randomUUID().toString();
        KafkaProbe.send(TOPIC, key, event(later, key, "{\"n\":3}"));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(later) == 1);
        assertEquals(0, effects(rejected), "the failed attempts left no effect");
        assertEquals(0, ledgerEntries(rejected), "the rejected event is not marked as applied");

        List<ConsumerRecord<String, byte[]>> letters = KafkaProbe.read(DEAD_LETTERS, Duration.ofSeconds(30),
                seen -> seen.stream().filter(record -> key.equals(record.key())).count() >= 2)
                .stream().filter(record -> key.equals(record.key())).toList();
        assertEquals(2, letters.size());
        assertArrayEquals(garbage, letters.get(0).value(), "the original bytes are kept for replay");
        assertEquals(TOPIC, header(letters.get(0), "cascade-dlt-topic"));
        assertThat(header(letters.get(1), "cascade-dlt-error"), containsString("cannot apply"));
    }

    private byte[] event(String id, String subject, String data) {
        return codec.encode(id, URI.create("/cascade/test-producer"), "vn.cascade.test.recorded.v1", subject,
                OffsetDateTime.now(), data);
    }

    private long effects(String eventId) {
        return count("SELECT count(*) FROM test_effect WHERE event_id = ?1", eventId);
    }

    private long ledgerEntries(String eventId) {
        return count("SELECT count(*) FROM processed_event WHERE event_id = ?1", eventId);
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
