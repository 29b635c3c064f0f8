package vn.cascade.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as the local stack's launcher starts it ({@code deploy/local/run --no-build --reset
 * --no-demo}) from the jars this build just packaged: PostgreSQL, a KRaft Kafka broker, Keycloak with the
 * realm of deploy/keycloak, the three services with the adjustable clock on. Its own data directory (under
 * target/), its own databases ({@code cascade_*_st_<checkout>}), free ports; stopped with everything it
 * started. With {@code -Dcascade.systemtest.stack=<stack.env>} the tests use a stack that is already running
 * instead (started by hand with {@code deploy/local/run}) and leave it running.
 */
public final class RunningStack implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(90);

    public final String keycloakUrl;
    /** The launcher's gateway: the three APIs under one base URL. */
    public final String gatewayUrl;
    public final String directiveUrl;
    public final String planUrl;
    public final String reportingUrl;
    public final String kafkaBootstrap;
    /** Kafka client settings for reading topics: the bootstrap servers and the stack's SASL login. */
    public final Map<String, String> kafkaClient;
    /** The launcher's mail server (GreenMail), where reporting-service sends notification mail. */
    public final int imapPort;
    /** Each service's management interface (health, metrics), by service name; empty for an older stack.env. */
    public final Map<String, String> managementUrls;
    /** The launcher's trace receiver writes the spans it receives here (one JSON a line); null for an older stack. */
    public final Path tracesFile;
    /** The launcher restarts a service that dies ({@code deploy/local/run --restart}). */
    public final boolean restartsDeadServices;
    /** The launcher's process id, whose descendants are the services (for the fault suite's kill -9). */
    public final long launcherPid;
    /** The launcher's control port (stops and starts the broker and the embedded PostgreSQL); null when it has none. */
    public final String controlUrl;
    /** The stack's PostgreSQL: its port on localhost, its user, and whether the launcher runs it (embedded). */
    public final int postgresPort;
    public final String postgresUser;
    public final boolean postgresEmbedded;
    private final Process launcher;
    private final Path log;
    private final Thread shutdownHook;

    private RunningStack(Map<String, String> env, Process launcher, Path log) {
        this.keycloakUrl = required(env, "KEYCLOAK_URL");
        this.gatewayUrl = required(env, "GATEWAY_URL");
        this.directiveUrl = required(env, "DIRECTIVE_URL");
        this.planUrl = required(env, "PLAN_URL");
        this.reportingUrl = required(env, "REPORTING_URL");
        this.kafkaBootstrap = required(env, "KAFKA_BOOTSTRAP_SERVERS");
        this.kafkaClient = kafkaClient(env, kafkaBootstrap);
        this.imapPort = Integer.parseInt(required(env, "IMAP_PORT"));
        Map<String, String> management = new LinkedHashMap<>();
        for (String service : List.of("directive", "plan", "reporting")) {
            String url = env.get(service.toUpperCase() + "_MANAGEMENT_URL");
            if (url != null && !url.isBlank()) {
                management.put(service, url);
            }
        }
        this.managementUrls = Map.copyOf(management);
        this.tracesFile = env.containsKey("TRACES_FILE") ? Path.of(env.get("TRACES_FILE")) : null;
        this.restartsDeadServices = Boolean.parseBoolean(env.get("RESTART_DEAD_SERVICES"));
        this.launcherPid = Long.parseLong(env.getOrDefault("LAUNCHER_PID", "-1"));
        this.controlUrl = env.getOrDefault("CONTROL_URL", "").isBlank() ? null : env.get("CONTROL_URL");
        this.postgresPort = Integer.parseInt(env.getOrDefault("POSTGRES_PORT", "5432"));
        this.postgresUser = env.getOrDefault("POSTGRES_USER", "postgres");
        this.postgresEmbedded = Boolean.parseBoolean(env.get("POSTGRES_EMBEDDED"));
        this.launcher = launcher;
        this.log = log;
        if (launcher != null) {
            // Also when the test JVM is ended from outside (failsafe's timeout, Ctrl-C): no stack left behind.
            shutdownHook = new Thread(this::stop, "system-test-stack-stop");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } else {
            shutdownHook = null;
        }
    }

    public String realmUrl() {
        return keycloakUrl + "/realms/cascade";
    }

    /** Starts the stack and waits until it is ready (its launcher writes stack.env), at most {@code timeout}. */
    static RunningStack start(Duration timeout) throws IOException, InterruptedException {
        String existing = System.getProperty("cascade.systemtest.stack");
        if (existing != null && !existing.isBlank()) {
            return new RunningStack(readEnv(Path.of(existing)), null, null);
        }
        Path root = Path.of(System.getProperty("cascade.root", "../..")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("cascade.systemtest.dir", root.resolve("deploy/system-tests/target/stack").toString()))
                .toAbsolutePath().normalize();
        requireBuilt(root);
        Files.createDirectories(data);
        Path stackEnv = data.resolve("stack.env");
        Files.deleteIfExists(stackEnv);
        Path log = data.resolveSibling(data.getFileName() + "-launcher.log");

        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("deploy/local/run").toString(),
                "--no-build", "--reset", "--no-demo")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CASCADE_LOCAL_DATA", data.toString());
        env.put("CASCADE_LOCAL_DB_SUFFIX", databaseSuffix(root));
        // More than the launcher's defaults (240 s, 180 s): the build machines are shared and often loaded.
        env.put("CASCADE_KEYCLOAK_READY_SECONDS", System.getProperty("cascade.systemtest.keycloak-timeout", "480"));
        env.put("CASCADE_SERVICES_READY_SECONDS", System.getProperty("cascade.systemtest.services-timeout", "300"));
        // The fault suite (deploy/faults/stack) kills services and needs the launcher to start them again.
        env.put("CASCADE_RESTART_DEAD_SERVICES", System.getProperty("cascade.systemtest.restart", "false"));
        if (Boolean.getBoolean("cascade.faults")) {
            // The fault suite restarts PostgreSQL and stops the broker: its own embedded server (never the
            // machine's shared one) and the launcher's control port.
            env.put("CASCADE_LOCAL_PG", "embedded");
            env.put("CASCADE_LOCAL_PG_PORT", Integer.toString(freePort()));
            env.put("CASCADE_LOCAL_CONTROL", "true");
        }
        for (String port : List.of("KEYCLOAK", "GATEWAY", "DIRECTIVE", "PLAN", "REPORTING", "KAFKA", "SMTP", "IMAP", "OTLP")) {
            env.put("CASCADE_" + port + "_PORT", Integer.toString(freePort()));
        }
        long started = System.nanoTime();
        System.out.printf("System tests: starting the stack (deploy/local/run --no-build --reset --no-demo; log %s)%n", log);
        Process launcher = builder.start();
        long deadline = started + timeout.toNanos();
        while (!Files.exists(stackEnv)) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The stack did not start (launcher exited with " + launcher.exitValue()
                        + "); the end of " + log + ":\n" + tail(log, 40));
            }
            if (System.nanoTime() > deadline) {
                String end = tail(log, 40);
                stop(launcher, log);
                throw new IllegalStateException("The stack was not ready after " + timeout.toSeconds()
                        + " s (cascade.systemtest.start-timeout); stopped it. The end of " + log + ":\n" + end);
            }
            Thread.sleep(1000);
        }
        RunningStack stack = new RunningStack(readEnv(stackEnv), launcher, log);
        System.out.printf("System tests: stack ready in %d s: %s %s %s, Keycloak %s, Kafka %s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), stack.directiveUrl, stack.planUrl,
                stack.reportingUrl, stack.keycloakUrl, stack.kafkaBootstrap);
        return stack;
    }

    /** SIGTERM to the launcher, whose shutdown hook stops what it started; what is left after the grace period is killed. */
    @Override
    public void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook itself is running or about to
            }
        }
        stop();
    }

    private synchronized void stop() {
        if (launcher != null) {
            stop(launcher, log);
        }
    }

    private static void stop(Process launcher, Path log) {
        if (!launcher.isAlive()) {
            return;
        }
        long started = System.nanoTime();
        List<ProcessHandle> tree = launcher.descendants().toList();
        launcher.destroy();
        try {
            if (!launcher.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                System.err.println("System tests: the launcher did not stop in " + STOP_GRACE.toSeconds() + " s; killing it");
                launcher.destroyForcibly();
                launcher.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launcher.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        System.out.printf("System tests: stack stopped in %d s (log %s)%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), log);
    }

    private static void requireBuilt(Path root) {
        for (String jar : List.of("deploy/local/target/cascade-local.jar",
                "directive-service/target/quarkus-app/quarkus-run.jar", "plan-service/target/quarkus-app/quarkus-run.jar",
                "reporting-service/target/quarkus-app/quarkus-run.jar")) {
            if (!Files.exists(root.resolve(jar))) {
                throw new IllegalStateException(jar + " is missing: the system tests run the packaged services; "
                        + "run them with ./mvnw -B verify (or package the reactor first)");
            }
        }
    }

    /** Per checkout: two clones on one PostgreSQL server never share databases, a rerun starts afresh (--reset). */
    static String databaseSuffix(Path root) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(root.toString().getBytes(StandardCharsets.UTF_8));
            return "_st_" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> readEnv(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        Map<String, String> env = new LinkedHashMap<>();
        properties.forEach((key, value) -> env.put(key.toString(), value.toString()));
        return env;
    }

    /** The launcher's Kafka client settings (its broker authenticates every client), or the bootstrap alone. */
    private static Map<String, String> kafkaClient(Map<String, String> env, String bootstrap) {
        Map<String, String> client = new LinkedHashMap<>();
        String file = env.get("KAFKA_CLIENT_CONFIG");
        if (file != null && !file.isBlank()) {
            try {
                client.putAll(readEnv(Path.of(file)));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the stack's Kafka client settings " + file, e);
            }
        }
        client.put("bootstrap.servers", bootstrap);
        return client;
    }

    private static String required(Map<String, String> env, String key) {
        String value = env.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("stack.env has no " + key);
        }
        return value;
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
