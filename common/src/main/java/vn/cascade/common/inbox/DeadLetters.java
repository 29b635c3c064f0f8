package vn.cascade.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.kafka.KafkaSettings;

/**
 * The service's dead-letter topic, for administrators: what is in it, and sending what has not been replayed yet
 * back to its original topic (the consumer applies each event id once, so a replay never doubles an effect).
 */
@ApplicationScoped
public class DeadLetters {

    private static final String HEADER_PREFIX = "cascade-dlt-";

    @Schema(name = "DeadLetter")
    public record Letter(int partition, long offset, String key, String topic, String consumer, String error,
            boolean replayed) {
    }

    @Schema(name = "DeadLetterReplay")
    public record Replay(int replayed) {
    }

    private final ConsumerConfig config;
    private final KafkaSettings kafkaSettings;

    DeadLetters(ConsumerConfig config, KafkaSettings kafkaSettings) {
        this.config = config;
        this.kafkaSettings = kafkaSettings;
    }

    /** Every letter on the topic, oldest first, marked when it has already been replayed. */
    public List<Letter> list() {
        List<Letter> letters = new ArrayList<>();
        read((record, replayed) -> letters.add(new Letter(record.partition(), record.offset(), record.key(),
                header(record, "topic"), header(record, "consumer"), header(record, "error"), replayed)), false);
        return letters;
    }

    /** Sends every letter not yet replayed back to its original topic, with its original headers. */
    public Replay replay() {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                kafkaSettings.reliableProducer(config.groupId() + "-dead-letter-replay"))) {
            int[] count = {0};
            read((record, replayed) -> {
                if (replayed) {
                    return;
                }
                ProducerRecord<String, byte[]> original = new ProducerRecord<>(header(record, "topic"), record.key(),
                        record.value());
                for (Header header : record.headers()) {
                    if (!header.key().startsWith(HEADER_PREFIX)) {
                        original.headers().add(header);
                    }
                }
                try {
                    producer.send(original).get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException("Replay stopped at offset " + record.offset() + ": " + e, e);
                }
                count[0]++;
            }, true);
            return new Replay(count[0]);
        }
    }

    private interface Visitor {
        void visit(ConsumerRecord<String, byte[]> record, boolean replayed);
    }

    /** Reads the whole topic; the replay group's committed offsets tell what was replayed already. */
    private void read(Visitor visitor, boolean commitAsReplayed) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                kafkaSettings.consumer(config.groupId() + "-dead-letter-replay"))) {
            List<TopicPartition> partitions = consumer.partitionsFor(config.deadLetterTopicName(), Duration.ofSeconds(10))
                    .stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    OffsetAndMetadata done = committed.get(partition);
                    visitor.visit(record, done != null && record.offset() < done.offset());
                    progress.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
            if (commitAsReplayed && !progress.isEmpty()) {
                consumer.commitSync(progress);
            }
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(HEADER_PREFIX + name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
