package vn.cascade.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records an event in the same transaction as the change it announces; {@link OutboxRelay} publishes it
 * after commit. Requires a running transaction, so an event can never escape a change that rolled back.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * @param topic       Kafka topic, e.g. {@code cascade.plans.v1}
     * @param aggregateType e.g. {@code plan}
     * @param aggregateId the Kafka key, so that events of one aggregate stay in order
     * @param eventType   CloudEvents type, e.g. {@code vn.cascade.plan.issued.v1}
     * @param data        serialised as the JSON {@code data} of the CloudEvent
     * @return the event id (the CloudEvents {@code id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String aggregateType, Object aggregateId, String eventType, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId.toString();
        event.eventType = eventType;
        event.payload = toJson(data);
        event.occurredAt = OffsetDateTime.now(clock);
        entityManager.persist(event);
        return event.id;
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
