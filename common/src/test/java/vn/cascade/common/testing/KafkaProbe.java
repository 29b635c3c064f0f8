package vn.cascade.common.testing;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes topics of the test broker the way an outside party would. */
public final class KafkaProbe {

    private KafkaProbe() {
    }

    /** Every record on the topic from the beginning, polled until {@code done} holds or the timeout passes. */
    public static List<ConsumerRecord<String, byte[]>> read(String topic, Duration timeout,
            Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (Instant.now().isBefore(deadline) && !done.test(records)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** The CloudEvents on the topic, waiting until one satisfies {@code wanted} or the timeout passes. */
    public static List<CloudEvent> events(String topic, Duration timeout, Predicate<CloudEvent> wanted) {
        List<ConsumerRecord<String, byte[]>> records = read(topic, timeout,
                seen -> seen.stream().map(KafkaProbe::decodeOrNull).anyMatch(e -> e != null && wanted.test(e)));
        return records.stream().map(KafkaProbe::decodeOrNull).filter(e -> e != null).toList();
    }

    public static void send(String topic, String key, byte[] value) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot send to " + topic, e);
        }
    }

    public static CloudEvent decodeOrNull(ConsumerRecord<String, byte[]> record) {
        try {
            return new JsonFormat().deserialize(record.value());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
