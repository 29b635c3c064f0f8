package vn.cascade.common.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker (KRaft, one combined broker and controller node) inside the test JVM, on free
 * loopback ports, started once and shared by every test of the JVM. The bootstrap address is kept in a
 * system property so Quarkus restarts (test profiles) reuse the same broker.
 */
public final class EmbeddedKafka {

    private static final String BOOTSTRAP_PROPERTY = "cascade.test.kafka.bootstrap-servers";

    private EmbeddedKafka() {
    }

    public static String bootstrapServers() {
        return JvmWide.address(BOOTSTRAP_PROPERTY, EmbeddedKafka::start);
    }

    private static String start() {
        try {
            int brokerPort = freePort();
            Path logDir = Files.createTempDirectory("cascade-kafka-");
            KafkaRaftServer server = startBroker(logDir, brokerPort, freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.shutdown();
                server.awaitShutdown();
                deleteRecursively(logDir);
            }, "embedded-kafka-shutdown"));
            return "127.0.0.1:" + brokerPort;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded Kafka broker", e);
        }
    }

    /**
     * Starts one combined broker and controller on loopback with its log in {@code logDir}, formatting the
     * storage the first time (a directory formatted before is reused as it is, so its topics survive). The
     * caller stops it. (The local stack's broker, deploy/local's SaslKafka, sets the same single-node settings with
     * SASL listeners; the launcher does not depend on the test-jar.)
     */
    public static KafkaRaftServer startBroker(Path logDir, int brokerPort, int controllerPort) throws IOException {
        Files.createDirectories(logDir);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");

        Path configFile = logDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "cascade broker");
        }
        // A formatted directory keeps its cluster id: formatting again with another one would make it unreadable.
        String clusterId = Uuid.randomUuid().toString();
        Path meta = logDir.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties existing = new Properties();
            try (java.io.InputStream in = Files.newInputStream(meta)) {
                existing.load(in);
            }
            clusterId = existing.getProperty("cluster.id", clusterId);
        }
        int formatted = StorageTool.execute(new String[] {
                "format", "-t", clusterId, "-c", configFile.toString(), "--ignore-formatted"},
                new PrintStream(OutputStream.nullOutputStream()));
        if (formatted != 0) {
            throw new IllegalStateException("Kafka storage format failed with code " + formatted);
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        server.startup();
        return server;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // temporary directory; the OS cleans up what is left
        }
    }
}
