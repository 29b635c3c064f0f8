package vn.cascade.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;

/**
 * Records an event in the same transaction as the change it announces; {@link OutboxRelay} publishes it
 * after commit. Requires a running transaction, so an event can never escape a change that rolled back.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final OutboxConfig config;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock, OutboxConfig config) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.config = config;
    }

    /**
     * @param topic       Kafka topic, e.g. {@code cascade.plans.v1}
     * @param aggregateType e.g. {@code plan}
     * @param aggregateId the Kafka key, so that events of one aggregate stay in order
     * @param eventType   CloudEvents type, e.g. {@code vn.cascade.plan.issued.v1}
     * @param data        serialised as the JSON {@code data} of the CloudEvent
     * @return the event id (the CloudEvents {@code id})
     * @throws DomainException (too large) when the data exceeds {@code cascade.outbox.max-payload-bytes}: the
     *         change is refused with its event rather than leaving an event the broker would never take
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
        int size = event.payload.getBytes(StandardCharsets.UTF_8).length;
        if (size > config.maxPayloadBytes()) {
            throw DomainException.tooLarge("The " + eventType + " event of " + aggregateType + " " + aggregateId
                    + " would be " + size + " bytes; events are limited to " + config.maxPayloadBytes() + " bytes");
        }
        event.occurredAt = OffsetDateTime.now(clock);
        event.traceparent = currentTraceparent();
        entityManager.persist(event);
        return event.id;
    }

    /** The W3C {@code traceparent} of the current span, if one is being recorded (null without tracing). */
    private static String currentTraceparent() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get("traceparent");
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}
