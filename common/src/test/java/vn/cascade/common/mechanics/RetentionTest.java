package vn.cascade.common.mechanics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.retention.Retention;

@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldPruneOnlyBookkeepingThatHasServedItsPurpose() {
        OffsetDateTime now = OffsetDateTime.now();
        String tag = UUID.randomUUID().toString();
        // given: old and recent rows of each kind, and an old event the relay has not published yet
        outboxRow(tag, now.minusDays(40), now.minusDays(40));
        String recentPublished = outboxRow(tag, now.minusDays(1), now.minusDays(1));
        String oldUnpublished = outboxRow(tag, now.minusDays(40), null);
        ledgerRow("old-" + tag, now.minusDays(31));
        ledgerRow("recent-" + tag, now.minusDays(29));
        idempotencyRow("old-" + tag, now.minusHours(25));
        idempotencyRow("recent-" + tag, now.minusHours(23));
        auditRow("old-" + tag, now.minusYears(11));
        auditRow("recent-" + tag, now.minusYears(9));

        // when
        Retention.Pruned pruned = retention.prune();

        // then: the old unpublished event stays (the relay may have published it meanwhile, which makes it recent)
        assertTrue(pruned.publishedEvents() >= 1 && pruned.processedEvents() >= 1 && pruned.idempotentRequests() >= 1
                && pruned.auditEntries() >= 1,
                "each table gave up its old rows: " + pruned);
        assertEquals(List.of(oldUnpublished, recentPublished).stream().sorted().toList(),
                strings("SELECT CAST(id AS text) FROM outbox_event WHERE aggregate_id = ?1 ORDER BY 1", tag));
        assertEquals(List.of("recent-" + tag),
                strings("SELECT event_id FROM processed_event WHERE event_id LIKE ?1", "%" + tag));
        assertEquals(List.of("recent-" + tag),
                strings("SELECT key FROM idempotent_request WHERE key LIKE ?1", "%" + tag));
        assertEquals(List.of("recent-" + tag), strings("SELECT actor FROM audit_entry WHERE actor LIKE ?1", "%" + tag));
    }

    private void auditRow(String actor, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO audit_entry (at, actor, method, path, status) VALUES (?1, ?2, 'POST', '/api/v1/items', 204)""")
                .setParameter(1, at).setParameter(2, actor).executeUpdate());
    }

    private String outboxRow(String aggregateId, OffsetDateTime occurredAt, OffsetDateTime publishedAt) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO outbox_event (id, topic, aggregate_type, aggregate_id, event_type, payload, occurred_at,
                                          published_at)
                VALUES (CAST(?1 AS uuid), 'cascade.test.retention.v1', 'test', ?2, 'vn.cascade.test.v1',
                        CAST('{}' AS jsonb), ?3, ?4)""")
                .setParameter(1, id).setParameter(2, aggregateId).setParameter(3, occurredAt)
                .setParameter(4, publishedAt).executeUpdate());
        return id;
    }

    private void ledgerRow(String eventId, OffsetDateTime processedAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                VALUES ('retention-test', ?1, 'vn.cascade.test.v1', ?2)""")
                .setParameter(1, eventId).setParameter(2, processedAt).executeUpdate());
    }

    private void idempotencyRow(String key, OffsetDateTime createdAt) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO idempotent_request (caller, key, request_hash, created_at)
                VALUES ('retention-test', ?1, repeat('0', 64), ?2)""")
                .setParameter(1, key).setParameter(2, createdAt).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getResultList());
    }
}
