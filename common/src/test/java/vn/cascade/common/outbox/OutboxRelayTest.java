package vn.cascade.common.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {

    @Test
    void shouldCountRefusalsOfTheRowAgainstIt() {
        assertTrue(OutboxRelay.refusesThisRow(new InvalidTopicException("a topic Kafka cannot accept")));
        assertTrue(OutboxRelay.refusesThisRow(new RecordTooLargeException("above max.request.size")));
        assertTrue(OutboxRelay.refusesThisRow(new TopicAuthorizationException("no ACL")));
    }

    @Test
    void shouldNeverParkARowBecauseTheBrokerIsAway() {
        assertFalse(OutboxRelay.refusesThisRow(new TimeoutException("broker away")));
        assertFalse(OutboxRelay.refusesThisRow(new NotEnoughReplicasException("ISR shrunk")));
        assertFalse(OutboxRelay.refusesThisRow(new java.util.concurrent.TimeoutException("no ack in time")));
    }
}
