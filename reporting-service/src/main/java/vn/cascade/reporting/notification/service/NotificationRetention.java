package vn.cascade.reporting.notification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;
import vn.cascade.reporting.notification.config.NotificationConfig;

/**
 * Keeps notifications for {@code cascade.notifications.retention} (a year by default): older ones go with their
 * read marks and mail rows, and so do owed plan answers settled or told late that long ago. Deleted in batches, each
 * in its own transaction, so that a first purge of a large table holds no long lock.
 */
@ApplicationScoped
public class NotificationRetention {

    private static final Logger LOG = Logger.getLogger(NotificationRetention.class);
    private static final int BATCH = 5_000;

    private final EntityManager entityManager;
    private final NotificationConfig config;
    private final Clock clock;

    NotificationRetention(EntityManager entityManager, NotificationConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** @return how many notifications were deleted */
    public int purge() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.retention());
        int deleted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    DELETE FROM notification WHERE id IN (
                        SELECT id FROM notification WHERE created_at < :cutoff LIMIT :batch)""")
                    .setParameter("cutoff", cutoff).setParameter("batch", BATCH).executeUpdate());
            deleted += batch;
        } while (batch == BATCH);
        int owed = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                DELETE FROM owed_plan_answer WHERE settled_at < :cutoff OR late_notified_at < :cutoff""")
                .setParameter("cutoff", cutoff).executeUpdate());
        if (deleted + owed > 0) {
            LOG.infof("Notification retention: %d notification(s) and %d owed plan answer(s) older than %s deleted",
                    deleted, owed, cutoff);
        }
        return deleted;
    }
}
