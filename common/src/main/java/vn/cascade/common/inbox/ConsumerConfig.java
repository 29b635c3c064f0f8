package vn.cascade.common.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "cascade.consumer")
public interface ConsumerConfig {

    @WithDefault("true")
    boolean enabled();

    /** Kafka consumer group, also the consumer name in the processed-event ledger. */
    String groupId();

    /** Attempts at applying an event before it is dead-lettered. */
    @WithDefault("3")
    int maxAttempts();

    @WithDefault("200ms")
    Duration retryBackoff();

    /**
     * Longest time the consumer thread may go without finishing a poll or an event before liveness calls it hung (a
     * handler blocked for ever, a deadlock); longer than any outage wait or retry of the loop.
     */
    @WithDefault("5m")
    Duration stallTimeout();

    /** Dead-letter topic; defaults to {@code <group-id>.dlt}. */
    java.util.Optional<String> deadLetterTopic();

    default String deadLetterTopicName() {
        return deadLetterTopic().orElse(groupId() + ".dlt");
    }
}
