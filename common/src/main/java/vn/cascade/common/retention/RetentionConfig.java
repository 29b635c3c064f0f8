package vn.cascade.common.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the bookkeeping rows of the outbox, the idempotent consumer and Idempotency-Key replays are kept.
 * The audit trail is never pruned.
 */
@ConfigMapping(prefix = "cascade.retention")
public interface RetentionConfig {

    @WithDefault("true")
    boolean enabled();

    /** Published outbox rows: kept a while for inspection after they are on the broker. */
    @WithDefault("P7D")
    Duration publishedEvents();

    /**
     * The consumer ledger. Must stay longer than any topic's retention (Kafka's default is 7 days): an event
     * still on a topic must still be in the ledger, or a consumer that re-reads the topic applies it twice.
     */
    @WithDefault("P30D")
    Duration processedEvents();

    /** Responses kept for retries with the same Idempotency-Key. */
    @WithDefault("P1D")
    Duration idempotentRequests();

    /** Rows deleted per statement, so pruning never holds long locks. */
    @WithDefault("5000")
    int batchSize();
}
