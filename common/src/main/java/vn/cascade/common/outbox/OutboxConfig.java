package vn.cascade.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "cascade.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /cascade/plan-service}. */
    URI source();

    /**
     * Largest event data accepted (bytes of its JSON). Kafka refuses records above about 1 MB by default; refusing a
     * larger event when it is written fails the request that made it, instead of parking the event later.
     */
    @WithDefault("524288")
    int maxPayloadBytes();

    Relay relay();

    interface Relay {
        @WithDefault("true")
        boolean enabled();

        /** Upper bound on the wait between two looks at the outbox when no notification arrives. */
        @WithDefault("500ms")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long to wait for the broker to acknowledge a batch before trying again later. */
        @WithDefault("15s")
        Duration sendTimeout();

        /**
         * Refusals of one row by the broker (not outages: an unreachable broker refuses every row and is waited out)
         * before the row is parked and the rows behind it go on.
         */
        @WithDefault("5")
        int maxAttempts();

        /** Longest time the relay thread may go without finishing a round before liveness calls it hung. */
        @WithDefault("5m")
        Duration stallTimeout();
    }
}
