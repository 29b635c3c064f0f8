package vn.cascade.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * The local stack's broker: one KRaft node (broker and controller) on loopback whose every listener
 * authenticates, so that the services run with the Kafka client settings of a real deployment
 * ({@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG}). Clients log in
 * with SCRAM-SHA-512, one user per service, created (or given a new password) on every start; the node itself
 * and tools use the {@code admin} user over SASL PLAIN. Authentication only: the ACLs of docs/events.md are
 * enforced by the compose and Kubernetes brokers and checked by deploy/deployment-checks.
 */
final class SaslKafka {

    static final String ADMIN = "admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The node's configuration with the listener passwords: a restart uses it again (same ports, log, users). */
    private final Properties config;
    private final String bootstrap;
    private final String adminPassword;
    /** The running node; null while stopped ({@link #stop}, the fault suite's broker outage). */
    private KafkaRaftServer server;

    private SaslKafka(Properties config, String bootstrap, String adminPassword) {
        this.config = config;
        this.bootstrap = bootstrap;
        this.adminPassword = adminPassword;
    }

    /** Starts the node with its log in {@code logDir}, formatting the storage the first time only. */
    static SaslKafka start(Path logDir, int brokerPort, int controllerPort) throws IOException {
        Files.createDirectories(logDir);
        String adminPassword = password();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        props.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
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
        format(logDir, props);

        // The passwords live in this process only: the stored server.properties (for the format) has none.
        String adminLogin = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                + "\" password=\"" + adminPassword + "\" user_" + ADMIN + "=\"" + adminPassword + "\";";
        props.put("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512");
        props.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        props.put("sasl.mechanism.controller.protocol", "PLAIN");
        props.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", adminLogin);
        props.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        props.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        props.put("listener.name.controller.plain.sasl.jaas.config", adminLogin);
        SaslKafka kafka = new SaslKafka(props, "127.0.0.1:" + brokerPort, adminPassword);
        kafka.start();
        return kafka;
    }

    /**
     * Starts the node (again, after {@link #stop}) on the same ports and log: what was written before the stop is
     * there, the SCRAM users too (they live in the metadata log). A port the stopped node just closed may still be
     * held for a moment: the start is tried again for a few seconds.
     */
    synchronized void start() throws IOException {
        if (server != null) {
            return;
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (true) {
            KafkaRaftServer node = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
            try {
                node.startup();
                server = node;
                return;
            } catch (RuntimeException e) {
                try {
                    shutdown(node);
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("the Kafka node did not start: " + e.getMessage(), e);
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while starting the Kafka node", e);
                }
            }
        }
    }

    /** Whether the node runs (false between {@link #stop} and {@link #start}). */
    synchronized boolean isRunning() {
        return server != null;
    }

    private static void format(Path logDir, Properties props) throws IOException {
        Path configFile = logDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            props.store(out, "cascade local broker (listener passwords are not stored)");
        }
        // A formatted directory keeps its cluster id: formatting again with another one would make it unreadable.
        String clusterId = Uuid.randomUuid().toString();
        Path meta = logDir.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties existing = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
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
    }

    String bootstrap() {
        return bootstrap;
    }

    /** The admin's client settings (tools, the system tests' topic reader). */
    Map<String, String> adminClient() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("bootstrap.servers", bootstrap);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "PLAIN");
        config.put("sasl.jaas.config", plainLogin(ADMIN, adminPassword));
        return config;
    }

    /**
     * Creates each user (or gives it a new password) and returns the client settings each one logs in with, as
     * the environment variables a deployment sets (quarkus-kafka-client reads {@code KAFKA_*} as {@code kafka.*}).
     */
    Map<String, Map<String, String>> users(List<String> names) throws IOException {
        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        Properties admin = new Properties();
        admin.putAll(adminClient());
        admin.put("default.api.timeout.ms", "30000");
        try (Admin client = Admin.create(admin)) {
            for (String name : names) {
                String password = password();
                client.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(name,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all().get();
                Map<String, String> env = new LinkedHashMap<>();
                env.put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
                env.put("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
                env.put("KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + name + "\" password=\"" + password + "\";");
                environments.put(name, env);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating the Kafka users", e);
        } catch (ExecutionException e) {
            throw new IOException("cannot create the Kafka users: " + e.getCause(), e.getCause());
        }
        return environments;
    }

    /** Stops the node (a controlled shutdown: its log is flushed); nothing happens when it is stopped already. */
    synchronized void stop() {
        if (server != null) {
            shutdown(server);
            server = null;
        }
    }

    private static void shutdown(KafkaRaftServer node) {
        node.shutdown();
        node.awaitShutdown();
    }

    private static String plainLogin(String user, String password) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private static String password() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
