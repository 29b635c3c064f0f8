package vn.cascade.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The idempotent-consumer ledger: which events each consumer has already applied. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the event as applied by the consumer. Must run in the transaction of the effect: a concurrent
     * duplicate waits on the key and then sees it taken.
     *
     * @return true the first time, false for a duplicate delivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markFirstDelivery(String consumer, String eventId, String eventType) {
        int inserted = entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type)
                VALUES (:consumer, :eventId, :eventType)
                ON CONFLICT DO NOTHING""")
                .setParameter("consumer", consumer)
                .setParameter("eventId", eventId)
                .setParameter("eventType", eventType)
                .executeUpdate();
        return inserted == 1;
    }
}
