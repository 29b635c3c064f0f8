package vn.cascade.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import vn.cascade.common.domain.DomainException;

/**
 * Outbox rows the relay parked after the broker kept refusing them, for administrators: list them, send one again
 * once the cause is fixed (a topic created, a limit raised), or drop one that must never go out.
 */
@ApplicationScoped
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    @Schema(name = "ParkedEvent", description = "An outbox row the relay stopped sending")
    public record Parked(UUID id, long seq, String topic, String aggregateType, String aggregateId, String eventType,
            OffsetDateTime occurredAt, int attempts, String lastError, OffsetDateTime parkedAt, int payloadBytes) {
    }

    private final EntityManager entityManager;

    ParkedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Oldest first, at most {@code limit}. */
    @Transactional
    public List<Parked> list(int limit) {
        List<OutboxEvent> rows = entityManager.createQuery(
                "FROM OutboxEvent WHERE parkedAt IS NOT NULL AND publishedAt IS NULL ORDER BY seq", OutboxEvent.class)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> new Parked(row.id, row.seq, row.topic, row.aggregateType, row.aggregateId,
                row.eventType, row.occurredAt, row.attempts, row.lastError, row.parkedAt,
                row.payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)).toList();
    }

    /** Unparks the row with its attempts reset; the relay sends it in its next round (after the rows before it). */
    @Transactional
    public void retry(UUID id) {
        OutboxEvent row = parked(id);
        row.parkedAt = null;
        row.attempts = 0;
        entityManager.createNativeQuery("SELECT pg_notify('cascade_outbox', '')").getSingleResult();
        LOG.infof("Parked outbox event %s (%s) released for another attempt", id, row.eventType);
    }

    /** Deletes the row: the event is never published. */
    @Transactional
    public void drop(UUID id) {
        OutboxEvent row = parked(id);
        entityManager.remove(row);
        LOG.warnf("Parked outbox event %s (%s of %s %s) dropped; it will never be published", id, row.eventType,
                row.aggregateType, row.aggregateId);
    }

    private OutboxEvent parked(UUID id) {
        OutboxEvent row = entityManager.find(OutboxEvent.class, id);
        if (row == null || row.parkedAt == null || row.publishedAt != null) {
            throw DomainException.notFound("No parked outbox event " + id);
        }
        return row;
    }
}
