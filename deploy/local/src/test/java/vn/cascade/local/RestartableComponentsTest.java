package vn.cascade.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fault suite's control port does to the real components: the embedded PostgreSQL and the Kafka node are
 * stopped and started again on the same data and ports, and what was written before the stop is there after it.
 */
class RestartableComponentsTest {

    @TempDir
    Path dir;

    @Test
    void shouldRestartTheEmbeddedPostgresOnItsDataAndPortEndingTheSessionsOfTheStop() throws Exception {
        int port = Ports.free();
        try (Postgres postgres = Postgres.startEmbedded(dir.resolve("postgres"), port)) {
            assertTrue(postgres.isEmbedded());
            String url = "jdbc:postgresql://localhost:" + port + "/postgres";
            try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (name text)");
                statement.execute("INSERT INTO kept VALUES ('Vĩnh Linh')");

                postgres.stopEmbedded();
                assertFalse(postgres.embeddedRunning());
                SQLException ended = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT 1"));
                assertTrue(ended.getSQLState().startsWith("57P") || ended.getSQLState().startsWith("08"),
                        "a session of the stopped server ends as an outage: " + ended.getSQLState());
            }
            SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", ""));
            assertEquals("08001", refused.getSQLState(), "connection refused while stopped");

            postgres.startEmbedded();
            assertTrue(postgres.embeddedRunning());
            assertEquals(port, postgres.port());
            try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT name FROM kept")) {
                assertTrue(rows.next());
                assertEquals("Vĩnh Linh", rows.getString(1));
                assertFalse(rows.next());
            }
        }
    }

    @Test
    void shouldRestartTheKafkaNodeOnItsLogAndPortKeepingTheRecordsAndUsers() throws Exception {
        int port = Ports.free();
        SaslKafka kafka = SaslKafka.start(dir.resolve("kafka"), port, Ports.free());
        try {
            kafka.users(List.of("plan-service"));
            send(kafka, "before the stop");

            kafka.stop();
            assertFalse(kafka.isRunning());
            assertTrue(Ports.isFree(port), "nothing listens on the broker's port while it is stopped");

            kafka.start();
            assertTrue(kafka.isRunning());
            assertFalse(Ports.isFree(port));
            kafka.users(List.of("plan-service"));
            send(kafka, "after the restart");
            assertEquals(List.of("before the stop", "after the restart"), read(kafka, 2));
        } finally {
            kafka.stop();
        }
    }

    private static void send(SaslKafka kafka, String value) throws Exception {
        Properties config = new Properties();
        config.putAll(kafka.adminClient());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("restart-test", 0, "key", value)).get(60, TimeUnit.SECONDS);
        }
    }

    private static List<String> read(SaslKafka kafka, int count) {
        Properties config = new Properties();
        config.putAll(kafka.adminClient());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition("restart-test", 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (values.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
