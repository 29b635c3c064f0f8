package vn.cascade.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the stack's broker with a plain KafkaConsumer (no group: assigned every partition, from the
 * beginning), as any other system would, and finds CloudEvents (structured JSON) by what they say.
 */
public final class TopicReader {

    public static final String REPORTS = "cascade.reports.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record: its key and the CloudEvent envelope. */
    public record Event(String key, JsonNode envelope) {
        public String type() {
            return envelope.path("type").asText();
        }

        public JsonNode data() {
            return envelope.path("data");
        }
    }

    private TopicReader() {
    }

    /** The first event of the topic that matches, waiting for it at most {@code within}. */
    public static Optional<Event> find(Map<String, String> client, String topic, Predicate<Event> wanted, Duration within) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "system-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            long deadline = System.nanoTime() + within.toNanos();
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                try {
                    consumer.partitionsFor(topic, Duration.ofSeconds(5))
                            .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                } catch (TimeoutException notYet) {
                    // the broker has no metadata for the topic yet: ask again until the deadline
                }
            }
            if (partitions.isEmpty()) {
                return Optional.empty();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Event event = new Event(record.key(), parse(record.value()));
                    if (wanted.test(event)) {
                        return Optional.of(event);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * How many records the topic holds (the sum over its partitions of end minus beginning offsets); 0 for a topic
     * that does not exist. Compared before and after a fault: the dead-letter topics must not grow.
     */
    public static long count(Map<String, String> client, String topic) {
        Properties config = new Properties();
        config.putAll(client);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "system-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            if (partitions.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
            return partitions.stream().mapToLong(partition -> ends.get(partition) - beginnings.get(partition)).sum();
        }
    }

    private static JsonNode parse(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
