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

    /** Dead-letter topic; defaults to {@code <group-id>.dlt}. */
    java.util.Optional<String> deadLetterTopic();

    default String deadLetterTopicName() {
        return deadLetterTopic().orElse(groupId() + ".dlt");
    }
}
