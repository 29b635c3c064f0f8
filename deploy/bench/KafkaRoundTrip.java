import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The bare broker's share of "plan issued → obligations readable" (deploy/bench/run): one record produced and
 * consumed at a time on the stack's broker, with the client settings the services use (common's KafkaSettings:
 * an idempotent producer with acks=all and linger.ms=5, a read_committed consumer at the default fetch settings),
 * then once more with linger.ms=0. The time from {@code send} to the record in the consumer's hands, p50/p95/p99
 * over N records, one after the other as the plans are issued.
 *
 * <p>Run with the JDK's source launcher and kafka-clients (and slf4j-api) on the class path: {@code java -cp JARS
 * KafkaRoundTrip.java CLIENT_PROPERTIES N}, CLIENT_PROPERTIES being the launcher's admin client settings
 * (KAFKA_CLIENT_CONFIG of stack.env). Prints {@code key=value} lines for the run script.
 */
public class KafkaRoundTrip {

    private static final String TOPIC = "cascade.bench.round-trip.v1";

    public static void main(String[] args) throws Exception {
        Properties client = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            client.load(in);
        }
        int records = Integer.parseInt(args[1]);
        try (Admin admin = Admin.create(client)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        print("kafka", roundTrips(client, records, 5));
        print("kafka_linger0", roundTrips(client, records, 0));
    }

    private static List<Double> roundTrips(Properties client, int records, int lingerMs) throws Exception {
        Properties producerConfig = new Properties();
        producerConfig.putAll(client);
        producerConfig.putAll(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()));
        Properties consumerConfig = new Properties();
        consumerConfig.putAll(client);
        consumerConfig.putAll(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        List<Double> times = new ArrayList<>();
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        byte[] value = new byte[1200]; // about a plan.issued event of the bench's plans
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig);
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            consumer.assign(Set.of(partition));
            consumer.seekToEnd(Set.of(partition));
            consumer.position(partition);
            producer.send(new ProducerRecord<>(TOPIC, "warm-up", value)).get(); // connections, producer id
            drain(consumer, "warm-up");
            for (int i = 0; i < records; i++) {
                String key = "r" + i;
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, key, value));
                drain(consumer, key);
                times.add((System.nanoTime() - sent) / 1e6);
            }
        }
        return times;
    }

    /** Polls until the record with this key arrives. */
    private static void drain(KafkaConsumer<String, byte[]> consumer, String key) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                if (key.equals(record.key())) {
                    return;
                }
            }
        }
        throw new IllegalStateException("record " + key + " not consumed within 30 s");
    }

    private static void print(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s_n=%d%n%s_p50_ms=%.1f%n%s_p95_ms=%.1f%n%s_p99_ms=%.1f%n%s_max_ms=%.1f%n", name,
                sorted.size(), name, percentile(sorted, 50), name, percentile(sorted, 95), name,
                percentile(sorted, 99), name, sorted.isEmpty() ? Double.NaN : sorted.getLast());
    }

    private static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
