package vn.cascade.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The whole system on this machine, on loopback: PostgreSQL, a Kafka broker (KRaft, in this JVM, SASL on every
 * listener and one SCRAM user per service), a mail server (GreenMail, SMTP and IMAP, in this JVM) for the
 * notification mail, Keycloak importing the demo realm of deploy/keycloak/demo, the three packaged services, and the
 * demo data on first start.
 * Data stays in deploy/local/.data between runs; {@code --reset} starts afresh. Ctrl-C (or SIGTERM) stops
 * exactly what it started. Started by {@code deploy/local/run}, which builds what is missing first.
 */
public final class LocalStack {

    private static final List<String> SERVICES = List.of("directive", "plan", "reporting");
    private static final Map<String, Integer> USUAL_PORTS = Map.of("directive", 8081, "plan", 8082, "reporting", 8083);
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Two cores shared with builds: C1 only and the serial collector start a service fastest. A small initial heap:
    // the JVM's default is 1/64 of the machine's memory, a young generation of 100+ MB touched before the first
    // collection (docs/benchmarks.md, run 6). CASCADE_LOCAL_SERVICE_JVM replaces them (deploy/bench/run passes the
    // container image's settings).
    private static final List<String> SERVICE_JVM = serviceJvm(System.getenv("CASCADE_LOCAL_SERVICE_JVM"));

    private final Path root;
    private final Path data;
    private final Path keycloakHome;
    private final boolean reset;
    private final boolean demo;
    private final boolean restartDead;
    private final boolean controlPort;
    private final Progress progress = new Progress();
    private final List<ChildProcess> children = new ArrayList<>();
    private volatile boolean stopping;
    private SaslKafka kafka;
    private GreenMail mail;
    private Gateway gateway;
    private Postgres postgres;
    private TraceReceiver traces;
    private Control control;

    private LocalStack(Path root, Path keycloakHome, boolean reset, boolean demo, boolean restartDead,
            boolean controlPort) {
        this.root = root;
        this.data = Path.of(System.getProperty("cascade.data", root.resolve("deploy/local/.data").toString()));
        this.keycloakHome = keycloakHome;
        this.reset = reset;
        this.demo = demo;
        this.restartDead = restartDead;
        this.controlPort = controlPort;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        Path root = Path.of(System.getProperty("cascade.root", ".")).toAbsolutePath().normalize();
        String keycloak = System.getProperty("cascade.keycloak.home");
        if (keycloak == null) {
            System.err.println("Start the stack with ./deploy/local/run (it unpacks Keycloak and sets cascade.keycloak.home).");
            System.exit(2);
        }
        Path keycloakHome = Path.of(keycloak).toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(root, keycloakHome, options.contains("--reset"), !options.contains("--no-demo"),
                Restarts.enabled(options), Control.enabled(options));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        try {
            stack.run();
        } catch (Exception e) {
            System.err.println();
            System.err.println("The stack could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * The databases belong to this data folder: a folder gets an id when it is first used ({@code stack-id}), and
     * the databases carry it. A folder deleted (or a second clone on the same server) therefore starts with fresh
     * databases and loads the demo again, instead of failing on the data an earlier folder left there.
     */
    private Postgres.Binding bindDatabases() throws Exception {
        Path idFile = data.resolve("stack-id");
        boolean folderOfEarlierLaunchers = !Files.exists(idFile)
                && (Files.exists(data.resolve("demo")) || Files.exists(data.resolve("kafka")));
        if (!Files.exists(idFile)) {
            Files.writeString(idFile, UUID.randomUUID() + System.lineSeparator());
        }
        String prefix = "cascade-local " + Files.readString(idFile).strip();
        return postgres.bindDatabases(prefix, prefix + " " + data.toAbsolutePath().normalize(), folderOfEarlierLaunchers);
    }

    private void run() throws Exception {
        Files.createDirectories(data);
        FileLock lock = FileChannel.open(data.resolve("launcher.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE).tryLock();
        if (lock == null) {
            throw new IllegalStateException("another ./deploy/local/run is using " + data + "; stop it first");
        }
        Files.deleteIfExists(data.resolve("stack.env"));
        if (reset) {
            progress.step("Reset: deleting the data of earlier runs");
            for (String dir : List.of("kafka", "postgres", "demo", "logs")) {
                deleteRecursively(data.resolve(dir));
            }
            deleteRecursively(keycloakHome.resolve("data/h2"));
        }

        progress.step("PostgreSQL");
        postgres = Postgres.locate(data.resolve("postgres"));
        if (reset && !postgres.isEmbedded()) {
            postgres.dropDatabases();
        }
        Postgres.Binding binding = bindDatabases();
        progress.plain("          " + postgres.description() + (binding.fresh()
                ? (binding.created().isEmpty() ? "" : "; created " + String.join(", ", binding.created()))
                        + (binding.recreated().isEmpty() ? "" : "; made afresh " + String.join(", ", binding.recreated())
                                + (binding.formerOwners().isEmpty() ? "" : " (they were made for "
                                        + String.join(", ", binding.formerOwners()) + ")"))
                : "; databases there"));
        if (binding.fresh() && !reset) {
            // The broker's log and the demo markers describe databases that are gone: start them afresh too.
            deleteRecursively(data.resolve("kafka"));
            deleteRecursively(data.resolve("demo"));
        }

        progress.step("Kafka (KRaft, one node)");
        int kafkaPort = Ports.choose("CASCADE_KAFKA_PORT", 9092);
        kafka = SaslKafka.start(data.resolve("kafka"), kafkaPort, Ports.free());
        String bootstrap = kafka.bootstrap();
        Map<String, Map<String, String>> kafkaUsers = kafka.users(SERVICES.stream().map(service -> service + "-service").toList());
        progress.plain("          " + bootstrap + " (SASL: a SCRAM user per service), log in " + data.resolve("kafka"));

        progress.step("Mail (GreenMail, SMTP and IMAP)");
        int smtpPort = Ports.choose("CASCADE_SMTP_PORT", 3025);
        int imapPort = Ports.choose("CASCADE_IMAP_PORT", 3143);
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        progress.plain("          smtp 127.0.0.1:" + smtpPort + ", imap 127.0.0.1:" + imapPort
                + " (user and password: the address); kept in memory until the stack stops");

        // The services' and the gateway's ports before Keycloak's: Swagger UI's client must accept their redirects.
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String service : SERVICES) {
            ports.put(service, Ports.choose("CASCADE_" + service.toUpperCase() + "_PORT", USUAL_PORTS.get(service)));
        }
        int gatewayPort = Ports.choose("CASCADE_GATEWAY_PORT", 8080);
        traces = TraceReceiver.start(Ports.choose("CASCADE_OTLP_PORT", 4318), data.resolve("traces/spans.jsonl"));
        progress.step("Traces (OTLP/HTTP receiver) " + traces.endpoint() + " → " + traces.file());

        int keycloakPort = Ports.choose("CASCADE_KEYCLOAK_PORT", 8180);
        String keycloakUrl = "http://localhost:" + keycloakPort;
        String realmUrl = keycloakUrl + "/realms/cascade";
        List<Integer> swaggerUiPorts = new ArrayList<>(ports.values());
        swaggerUiPorts.add(gatewayPort);
        CompletableFuture<Void> aotCaches = trainAotCaches();
        ChildProcess keycloak = startKeycloak(keycloakPort, swaggerUiPorts);
        progress.step("Keycloak " + keycloakHome.getFileName() + " on " + keycloakUrl + " (start-dev takes up to a minute)");
        awaitReady(keycloak, realmUrl, seconds("CASCADE_KEYCLOAK_READY_SECONDS", 240), true);

        if (!aotCaches.isDone()) {
            progress.step("AOT caches of the services' start (once per build)");
            aotCaches.join();
        }
        Map<String, String> serviceUrls = new LinkedHashMap<>();
        Map<String, String> managementUrls = new LinkedHashMap<>();
        Map<String, ChildProcess> services = new LinkedHashMap<>();
        for (String service : SERVICES) {
            int port = ports.get(service);
            // Packaged services serve health and metrics on their management interface: a free port each here.
            int managementPort = Ports.free();
            serviceUrls.put(service, "http://localhost:" + port);
            managementUrls.put(service, "http://127.0.0.1:" + managementPort);
            services.put(service, startService(service, port, managementPort, bootstrap,
                    kafkaUsers.get(service + "-service"), realmUrl, smtpPort));
        }
        progress.step("Services " + String.join(", ", serviceUrls.values()));
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (String service : SERVICES) {
            ChildProcess child = services.get(service);
            String health = managementUrls.get(service) + "/q/health/ready";
            boolean ticks = ready.isEmpty();
            int servicesReady = seconds("CASCADE_SERVICES_READY_SECONDS", 180);
            ready.add(CompletableFuture.runAsync(() -> awaitReady(child, health, servicesReady, ticks)));
        }
        for (CompletableFuture<Void> future : ready) {
            try {
                future.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        progress.done("all three ready");

        gateway = Gateway.start(gatewayPort, serviceUrls, root.resolve("clients/openapi/target/openapi"));
        String gatewayUrl = "http://localhost:" + gateway.port();
        progress.step("Gateway " + gatewayUrl + " (the three APIs under one base URL)");

        if (demo) {
            Tokens tokens = new Tokens(realmUrl);
            int applied = new DemoData(root.resolve("deploy/local/demo"), data.resolve("demo"), serviceUrls, tokens, progress).apply();
            progress.step(applied == 0 ? "Demo data: already loaded by an earlier run (--reset to load it afresh)" : "Demo data loaded");
        }

        if (controlPort) {
            startControl();
        }
        writeEnvironment(keycloakUrl, gatewayUrl, serviceUrls, managementUrls, bootstrap, smtpPort, imapPort);
        printSummary(keycloakUrl, gatewayUrl, serviceUrls, bootstrap, imapPort);
        watch();
    }

    /** The fault suite's control port ({@link Control}): the broker, and the embedded PostgreSQL, stopped and started. */
    private void startControl() throws IOException {
        Map<String, Control.Component> components = new LinkedHashMap<>();
        components.put("kafka", Control.Component.of(kafka::stop, kafka::start, kafka::isRunning));
        if (postgres.isEmbedded()) {
            components.put("postgres", Control.Component.of(postgres::stopEmbedded, postgres::startEmbedded,
                    postgres::embeddedRunning));
        }
        control = Control.start(Ports.choose("CASCADE_CONTROL_PORT", 0), components, progress);
        progress.step("Control port " + control.url() + ": POST /{" + String.join(",", components.keySet())
                + "}/{stop,start} (fault suite)");
    }

    private ChildProcess startKeycloak(int port, List<Integer> swaggerUiPorts) throws IOException {
        // The demo realm: the production realm of deploy/keycloak plus the demo users, the password-grant client
        // cascade-cli and the portal's demo secret (docs/decisions.md, Hardened deployment).
        Path realm = root.resolve("deploy/keycloak/demo/cascade-realm.json");
        Path importDir = keycloakHome.resolve("data/import");
        Files.createDirectories(importDir);
        // Imported when the realm does not exist yet; an existing realm (and what was changed in it) is kept.
        Files.writeString(importDir.resolve("cascade-realm.json"),
                SwaggerUiRedirects.allow(Files.readString(realm), swaggerUiPorts));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        ChildProcess child = ChildProcess.start("keycloak",
                List.of(keycloakHome.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                        "--http-port=" + port, "--import-realm"),
                env, keycloakHome, data.resolve("logs/keycloak.log"));
        children.add(child);
        return child;
    }

    private ChildProcess startService(String service, int port, int managementPort, String bootstrap,
            Map<String, String> kafkaLogin, String realmUrl, int smtpPort) throws IOException {
        Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: run ./mvnw -B -DskipTests package");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put(service.toUpperCase() + "_DB_URL", postgres.urlOf(Postgres.database(service)));
        env.put("CASCADE_DB_USER", postgres.user());
        env.put("CASCADE_DB_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        // The service's own Kafka user, as a deployment passes it (quarkus-kafka-client reads KAFKA_* as kafka.*).
        env.putAll(kafkaLogin);
        env.put("OIDC_AUTH_SERVER_URL", realmUrl);
        // Behind the gateway (on loopback): its X-Forwarded-Host/-Proto/-Port are believed, so the addresses the
        // service writes (Location of what a POST created, redirects) name the gateway, not the service's own port.
        env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        env.put("QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST", "true");
        env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        // Demo and test facility: an admin may move the services' clocks (PUT /api/v1/admin/<service>/clock); never in production,
        // where a service refuses to start with it (common's ClockGuard) unless the demo profile is active.
        env.put("QUARKUS_PROFILE", "prod,demo");
        env.put("CASCADE_CLOCK_ADJUSTABLE", "true");
        // Notification mail (reporting-service) to the launcher's GreenMail, sent every few seconds.
        env.put("CASCADE_NOTIFICATIONS_MAIL_ENABLED", "true");
        env.put("CASCADE_NOTIFICATIONS_MAIL_EVERY", "5s");
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
        env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
        env.put("QUARKUS_MAILER_LOGIN", "DISABLED");
        // Spans to the launcher's receiver (TraceReceiver). Sampled: requests that ask for it with a sampled
        // traceparent, and the events they cause; CASCADE_LOCAL_TRACE_RATIO=1 samples every request.
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s");
        String ratio = System.getenv("CASCADE_LOCAL_TRACE_RATIO");
        if (ratio != null && !ratio.isBlank()) {
            env.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", ratio.strip());
        }
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(SERVICE_JVM);
        AotCache aot = AotCache.of(data.resolve("aot"), service, JAVA, SERVICE_JVM, jar);
        if (aot != null) {
            command.addAll(aot.options());
        }
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess child = ChildProcess.start(service + "-service", command, env, root,
                data.resolve("logs/" + service + "-service.log"));
        children.add(child);
        return child;
    }

    private static List<String> serviceJvm(String jvm) {
        return jvm == null || jvm.isBlank()
                ? List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms16m", "-Xmx384m")
                : List.of(jvm.strip().split("\\s+"));
    }

    /**
     * Trains, in the background, the AOT cache of each service whose build has none yet (JDK 25+); the services start
     * after it, with the cache. Runs beside Keycloak's start, which takes longer.
     */
    private CompletableFuture<Void> trainAotCaches() {
        List<CompletableFuture<Void>> trainings = new ArrayList<>();
        for (String service : SERVICES) {
            Path jar = root.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
            trainings.add(CompletableFuture.runAsync(() -> {
                try {
                    AotCache aot = Files.exists(jar) ? AotCache.of(data.resolve("aot"), service, JAVA, SERVICE_JVM, jar) : null;
                    if (aot != null && !aot.exists()) {
                        Path log = data.resolve("logs/" + service + "-service-aot.log");
                        if (!aot.train(log, seconds("CASCADE_AOT_TRAINING_SECONDS", 300))) {
                            progress.plain("          " + service + "-service: no AOT cache (see " + log + "); it starts without");
                        }
                    }
                } catch (IOException e) {
                    progress.plain("          " + service + "-service: no AOT cache (" + e.getMessage() + ")");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return CompletableFuture.allOf(trainings.toArray(CompletableFuture[]::new));
    }

    /** How long to wait for a component: the variable's value, else the default (a loaded machine needs more). */
    private static int seconds(String variable, int defaultSeconds) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? defaultSeconds : Integer.parseInt(value.strip());
    }

    private void awaitReady(ChildProcess child, String url, int timeoutSeconds, boolean ticks) {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (Http.status(url) != 200) {
            if (!child.isAlive()) {
                throw new IllegalStateException(child.name() + " stopped; the end of " + child.log() + ":\n" + child.tail(30));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(child.name() + " not ready at " + url + " after " + timeoutSeconds
                        + " s; see " + child.log() + ":\n" + child.tail(30));
            }
            if (ticks) {
                progress.tick();
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
        if (child.name().equals("keycloak")) {
            progress.done("ready");
        }
    }

    /** For scripts (deploy/local/smoke) and for the curious: where everything is. */
    private void writeEnvironment(String keycloakUrl, String gatewayUrl, Map<String, String> serviceUrls,
            Map<String, String> managementUrls, String bootstrap, int smtpPort, int imapPort) throws IOException {
        // The admin's Kafka client settings for tools (--consumer.config) and the system tests; owner-only.
        Path kafkaClient = data.resolve("kafka-client.properties");
        java.util.Properties client = new java.util.Properties();
        client.putAll(kafka.adminClient());
        Files.deleteIfExists(kafkaClient);
        Files.createFile(kafkaClient, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try (var out = Files.newOutputStream(kafkaClient)) {
            client.store(out, "Kafka admin of the local stack (SASL PLAIN); changes on every start");
        }
        String env = """
                KEYCLOAK_URL=%s
                GATEWAY_URL=%s
                DIRECTIVE_URL=%s
                PLAN_URL=%s
                REPORTING_URL=%s
                KAFKA_BOOTSTRAP_SERVERS=%s
                KAFKA_CLIENT_CONFIG=%s
                SMTP_PORT=%d
                IMAP_PORT=%d
                LAUNCHER_PID=%d
                DIRECTIVE_MANAGEMENT_URL=%s
                PLAN_MANAGEMENT_URL=%s
                REPORTING_MANAGEMENT_URL=%s
                OTLP_ENDPOINT=%s
                TRACES_FILE=%s
                RESTART_DEAD_SERVICES=%s
                POSTGRES_PORT=%d
                POSTGRES_USER=%s
                POSTGRES_EMBEDDED=%s
                CONTROL_URL=%s
                """.formatted(keycloakUrl, gatewayUrl, serviceUrls.get("directive"), serviceUrls.get("plan"),
                serviceUrls.get("reporting"), bootstrap, kafkaClient, smtpPort, imapPort, ProcessHandle.current().pid(),
                managementUrls.get("directive"), managementUrls.get("plan"), managementUrls.get("reporting"),
                traces.endpoint(), traces.file(), restartDead, postgres.port(), postgres.user(), postgres.isEmbedded(),
                control == null ? "" : control.url());
        Path file = data.resolve("stack.env");
        Files.writeString(data.resolve("stack.env.tmp"), env);
        Files.move(data.resolve("stack.env.tmp"), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void printSummary(String keycloakUrl, String gatewayUrl, Map<String, String> serviceUrls, String bootstrap,
            int imapPort) {
        progress.plain("""

                Cascade is running (%.0f s). Ctrl-C stops everything this command started.

                  API (gateway)      %s/api/v1/…   (one base URL; merged OpenAPI: %s/openapi.yaml)
                  directive-service  %s/q/swagger-ui
                  plan-service       %s/q/swagger-ui
                  reporting-service  %s/q/swagger-ui
                  Keycloak admin     %s/admin/   (admin / admin; realm cascade, demo users' password: demo)
                  Kafka              %s (SASL; tools: --command-config %s)
                  mail (IMAP)        imap://127.0.0.1:%d   (user and password: the address, e.g. vanphong@vinhlinh.cascade.test)
                  logs               %s
                  traces             %s   (sampled spans, one JSON a line)

                A token for the Vĩnh Linh reporter, and that district's reporting obligations:

                  TOKEN=$(curl -s -d grant_type=password -d client_id=cascade-cli -d username=vinhlinh.reporter -d password=demo \\
                    %s/realms/cascade/protocol/openid-connect/token | jq -r .access_token)
                  curl -s -H "Authorization: Bearer $TOKEN" '%s/api/v1/obligations?size=5' | jq

                More in docs/local-stack.md.
                """.formatted(progress.seconds(), gatewayUrl, gatewayUrl, serviceUrls.get("directive"), serviceUrls.get("plan"),
                serviceUrls.get("reporting"), keycloakUrl, bootstrap, data.resolve("kafka-client.properties"), imapPort,
                data.resolve("logs"), traces.file(), keycloakUrl,
                gatewayUrl));
    }

    /**
     * Until Ctrl-C; a child that dies on its own is reported and ends the stack, or in restart mode
     * ({@link Restarts}) is started again after a back-off.
     */
    private void watch() throws InterruptedException, IOException {
        Restarts restarts = restartDead ? new Restarts(progress, System::nanoTime) : null;
        if (restartDead) {
            progress.step("Restart mode: a service that dies is started again");
        }
        while (!stopping) {
            synchronized (children) {
                for (int i = 0; i < children.size() && !stopping; i++) {
                    ChildProcess child = children.get(i);
                    if (child.isAlive()) {
                        continue;
                    }
                    if (restarts == null) {
                        System.err.println(child.name() + " stopped unexpectedly; the end of " + child.log() + ":\n" + child.tail(20));
                        System.exit(1);
                    }
                    ChildProcess restarted = restarts.onDead(child);
                    if (restarted != null) {
                        children.set(i, restarted);
                    }
                }
            }
            Thread.sleep(restartDead ? 250 : 2000);
        }
    }

    private synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        progress.plain("");
        progress.step("Stopping what this command started");
        try {
            Files.deleteIfExists(data.resolve("stack.env"));
        } catch (IOException ignored) {
            // only a hint for scripts
        }
        if (control != null) {
            control.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        List<ChildProcess> reversed;
        synchronized (children) {
            reversed = new ArrayList<>(children);
        }
        java.util.Collections.reverse(reversed);
        reversed.parallelStream().forEach(child -> child.stop(20));
        if (kafka != null) {
            kafka.stop();
        }
        if (traces != null) {
            traces.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        progress.step("Stopped");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
