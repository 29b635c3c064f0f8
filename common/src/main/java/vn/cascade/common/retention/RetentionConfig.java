package vn.cascade.common.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How long the bookkeeping rows of the outbox, the idempotent consumer and Idempotency-Key replays are kept, and,
 * where an operator sets it, the audit trail.
 */
@ConfigMapping(prefix = "cascade.retention")
public interface RetentionConfig {

    @WithDefault("true")
    boolean enabled();

    /** Published outbox rows: kept a while for inspection after they are on the broker. */
    @WithDefault("P7D")
    Duration publishedEvents();

    /**
     * The consumer ledger; kept for ever unless set. Our topics keep their history and a group whose offsets
     * expired re-reads from the beginning, so an event still on a topic must still be in the ledger or it is
     * applied twice: set this only below both the topics' {@code retention.ms} and the broker's
     * {@code offsets.retention.minutes}.
     */
    Optional<Duration> processedEvents();

    /** Responses kept for retries with the same Idempotency-Key. */
    @WithDefault("P1D")
    Duration idempotentRequests();

    /**
     * The audit trail; kept for ever unless set. Archives of who changed what are usually kept for years by rule:
     * set it to what the organisation's records policy says.
     */
    Optional<Duration> auditEntries();

    /** Rows deleted per statement, so pruning never holds long locks. */
    @WithDefault("5000")
    int batchSize();
}
