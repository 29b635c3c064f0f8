package vn.cascade.common.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Deletes the bookkeeping rows that have served their purpose: outbox rows long published, expired
 * Idempotency-Key responses and, where configured, ledger rows of events no topic still holds and audit entries past
 * the records policy. Unpublished outbox rows are never
 * touched. Replicas may prune at the same time: each batch skips the rows another one has locked.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final RetentionConfig config;
    private final EntityManager entityManager;
    private final Clock clock;

    Retention(RetentionConfig config, EntityManager entityManager, Clock clock) {
        this.config = config;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(identity = "cascade-retention", every = "${cascade.retention.every:1h}",
            delayed = "${cascade.retention.delay:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled()) {
            Pruned pruned = prune();
            if (pruned.total() > 0) {
                LOG.infof("Pruned %s", pruned);
            }
        }
    }

    /** One pass over the tables; returns how many rows went from each. */
    public Pruned prune() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return new Pruned(
                deleteInBatches("outbox_event", "published_at IS NOT NULL AND published_at < :before",
                        now.minus(config.publishedEvents())),
                config.processedEvents()
                        .map(kept -> deleteInBatches("processed_event", "processed_at < :before", now.minus(kept)))
                        .orElse(0L),
                deleteInBatches("idempotent_request", "created_at < :before", now.minus(config.idempotentRequests())),
                config.auditEntries()
                        .map(kept -> deleteInBatches("audit_entry", "at < :before", now.minus(kept)))
                        .orElse(0L));
    }

    private long deleteInBatches(String table, String condition, OffsetDateTime before) {
        String sql = "DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table + " WHERE " + condition
                + " LIMIT :batch FOR UPDATE SKIP LOCKED)";
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                    .setParameter("before", before)
                    .setParameter("batch", config.batchSize())
                    .executeUpdate());
            total += deleted;
        } while (deleted == config.batchSize());
        return total;
    }

    public record Pruned(long publishedEvents, long processedEvents, long idempotentRequests, long auditEntries) {

        long total() {
            return publishedEvents + processedEvents + idempotentRequests + auditEntries;
        }
    }
}
