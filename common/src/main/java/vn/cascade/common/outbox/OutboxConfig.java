package vn.cascade.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "cascade.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of every event this service publishes, e.g. {@code /cascade/plan-service}. */
    URI source();

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
    }
}
