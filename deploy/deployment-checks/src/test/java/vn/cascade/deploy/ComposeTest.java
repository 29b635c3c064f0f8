package vn.cascade.deploy;

import static vn.cascade.deploy.Deployments.assertNoProblems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** deploy/compose/compose.yaml read against the services' configuration, the topics and the local stack. */
class ComposeTest {

    private static final Path COMPOSE_FILE = Deployments.COMPOSE.resolve("compose.yaml");
    private static final Set<String> CONDITIONS = Set.of("service_started", "service_healthy", "service_completed_successfully");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");

    private final Map<String, Object> compose = Yaml.single(COMPOSE_FILE);
    private final Map<String, Object> services = Yaml.map(compose, "services");

    @Test
    void shouldBuildOrPullEveryService() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            if (Yaml.text(service, "image") == null && Yaml.at(service, "build") == null) {
                problems.add(name + ": neither image nor build");
            }
            Object build = Yaml.at(service, "build");
            if (build != null) {
                Path context = Deployments.COMPOSE.resolve(Objects.requireNonNullElse(Yaml.text(build, "context"), ".")).normalize();
                Path dockerfile = context.resolve(Objects.requireNonNullElse(Yaml.text(build, "dockerfile"), "Dockerfile"));
                if (!Files.isRegularFile(dockerfile)) {
                    problems.add(name + ": no Dockerfile at " + Repository.ROOT.relativize(dockerfile));
                }
            }
        });
        for (ServiceConfig service : ServiceConfig.all()) {
            if (!services.containsKey(service.name())) {
                problems.add("no compose service " + service.name());
            } else if (!Repository.path(service.name()).equals(buildContext(service.name()))) {
                problems.add(service.name() + ": not built from its module " + service.name() + "/");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void shouldGiveEveryLongRunningServiceAHealthCheckAndTheServicesAProxy() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            if (isOneShot(name)) {
                boolean awaited = services.values().stream().anyMatch(other ->
                        "service_completed_successfully".equals(Yaml.text(other, "depends_on", name, "condition")));
                if (!awaited) {
                    problems.add(name + ": a one-shot job (restart: \"no\") that nothing waits for");
                }
                return;
            }
            if (Yaml.list(service, "healthcheck", "test").isEmpty()) {
                problems.add(name + ": no health check");
            }
        });
        for (ServiceConfig service : ServiceConfig.all()) {
            String test = String.join(" ", Yaml.list(services, service.name(), "healthcheck", "test").stream().map(String::valueOf).toList());
            if (!test.contains("localhost:" + ServiceConfig.MANAGEMENT_PORT + "/q/health/ready")) {
                problems.add(service.name() + ": health check must ask the management port, http://localhost:"
                        + ServiceConfig.MANAGEMENT_PORT + "/q/health/ready, is: " + test);
            }
            if (!Yaml.list(services, service.name(), "ports").isEmpty()) {
                problems.add(service.name() + ": publishes a port; the services answer through the TLS proxy only");
            }
            if (!Repository.read(Deployments.COMPOSE.resolve("caddy/Caddyfile")).contains("reverse_proxy " + service.name() + ":" + service.httpPort())) {
                problems.add(service.name() + ": the proxy (caddy/Caddyfile) does not forward to " + service.name() + ":" + service.httpPort());
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void shouldStartEveryServiceOnlyAfterWhatItDependsOnIsReady() {
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            Object dependsOn = Yaml.at(service, "depends_on");
            if (dependsOn instanceof List) {
                problems.add(name + ": depends_on as a list has no conditions; use the long form");
                return;
            }
            Yaml.map(service, "depends_on").forEach((dependency, how) -> {
                String condition = Yaml.text(how, "condition");
                if (!services.containsKey(dependency)) {
                    problems.add(name + ": depends on unknown service " + dependency);
                } else if (condition == null || !CONDITIONS.contains(condition)) {
                    problems.add(name + ": depends on " + dependency + " without a condition");
                } else if (!condition.equals(isOneShot(dependency) ? "service_completed_successfully" : "service_healthy")) {
                    problems.add(name + ": depends on " + dependency + " with " + condition
                            + " (one-shot jobs: service_completed_successfully; servers: service_healthy)");
                }
            });
        });
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, String> environment = environment(service.name());
            for (String value : environment.values()) {
                String host = hostOf(value);
                if (host != null && services.containsKey(host)
                        && !"service_healthy".equals(Yaml.text(services, service.name(), "depends_on", host, "condition"))) {
                    problems.add(service.name() + ": uses " + host + " but does not wait for it to be healthy");
                }
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void shouldSetEveryConfigKeyAServiceNeeds() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, String> environment = environment(service.name());
            for (String variable : service.requiredEnvironment()) {
                String value = environment.get(variable);
                if (value == null || value.isBlank()) {
                    problems.add(service.name() + ": " + variable + " not set (its default is for a developer's machine)");
                } else if (Deployments.pointsAtLoopback(value)) {
                    problems.add(service.name() + ": " + variable + "=" + value + " points at the container itself");
                } else if (variable.contains("PASSWORD") && !INTERPOLATION.matcher(value).find()) {
                    problems.add(service.name() + ": " + variable + " is written in compose.yaml; read it from .env");
                }
            }
            String realmUrl = environment.get(service.variableOf("quarkus.oidc.auth-server-url"));
            if (realmUrl != null && !realmUrl.endsWith("/realms/" + Deployments.realmName())) {
                problems.add(service.name() + ": " + realmUrl + " is not the realm " + Deployments.realmName());
            }
        }
        assertNoProblems(problems);
    }

    /** Every service exports its traces (OTLP/HTTP, what the Quarkus exporter sends) to the stack's trace viewer. */
    @Test
    void shouldSendEveryServicesTracesToTheCollectorAndViewer() {
        List<String> problems = new ArrayList<>();
        String collector = "jaeger";
        if (!String.valueOf(Yaml.text(services, collector, "image")).startsWith("jaegertracing/jaeger:2.")) {
            problems.add(collector + ": the official Jaeger 2 image (an OpenTelemetry Collector distribution) expected");
        }
        for (Object port : Yaml.list(services, collector, "ports")) {
            if (!String.valueOf(port).startsWith("127.0.0.1:")) {
                problems.add(collector + ": publishes " + port + " beyond the host's loopback");
            }
        }
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, String> environment = environment(service.name());
            String endpoint = environment.get("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
            if (endpoint == null || !collector.equals(Deployments.host(endpoint)) || Deployments.port(endpoint) != 4318) {
                problems.add(service.name() + ": traces must go to " + collector + ":4318 (OTLP/HTTP), go to " + endpoint);
            }
            if (!"http/protobuf".equals(environment.get("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL"))) {
                problems.add(service.name() + ": the OTLP/HTTP port needs QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf");
            }
            if (environment.get("QUARKUS_OTEL_TRACES_SAMPLER_ARG") == null) {
                problems.add(service.name() + ": no sampling ratio (the default samples nothing but what callers ask for)");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void shouldDeclareEveryInterpolatedVariableInTheEnvExample() throws Exception {
        Properties example = new Properties();
        example.load(new java.io.StringReader(Repository.read(Deployments.COMPOSE.resolve(".env.example"))));
        List<String> problems = new ArrayList<>();
        Matcher interpolation = INTERPOLATION.matcher(Repository.read(COMPOSE_FILE));
        while (interpolation.find()) {
            if (!example.containsKey(interpolation.group(1))) {
                problems.add("${" + interpolation.group(1) + "} is not in .env.example");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void shouldCreateEveryTopicWithItsCleanupPolicy() {
        Map<String, String> created = new LinkedHashMap<>();
        String script = scriptMountedBy("kafka-topics", "create-topics.sh");
        Matcher topic = Pattern.compile("(?m)^topic\\s+(\\S+)\\s+(\\S+)\\s*$").matcher(script);
        while (topic.find()) {
            created.put(topic.group(1), "dead-letter".equals(topic.group(2)) ? "delete" : topic.group(2));
        }
        List<String> problems = new ArrayList<>();
        EventTopics.expected().forEach((name, policy) -> {
            if (!created.containsKey(name)) {
                problems.add("topic " + name + " is not created by create-topics.sh");
            } else if (!policy.equals(created.get(name))) {
                problems.add("topic " + name + " is created with cleanup " + created.get(name) + ", docs/events.md says " + policy);
            }
        });
        if (!"false".equals(Yaml.text(services, "kafka", "environment", "KAFKA_AUTO_CREATE_TOPICS_ENABLE"))) {
            problems.add("kafka: topics must not be auto-created (KAFKA_AUTO_CREATE_TOPICS_ENABLE=false)");
        }
        assertNoProblems(problems);
    }

    @Test
    void shouldCreateEachServiceDatabaseForItsUserWithItsPassword() {
        String script = scriptMountedBy("postgres", "init-databases.sh");
        Map<String, String> passwordVariableByDatabase = new LinkedHashMap<>();
        Matcher database = Pattern.compile("(?m)^create_database\\s+(\\S+)\\s+\"\\$\\{([A-Z0-9_]+)").matcher(script);
        while (database.find()) {
            passwordVariableByDatabase.put(database.group(1), database.group(2));
        }
        Map<String, String> postgresEnvironment = environment("postgres");
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, String> environment = environment(service.name());
            String url = environment.get(service.databaseUrlVariable());
            if (url == null) {
                continue; // reported by shouldSetEveryConfigKeyAServiceNeeds
            }
            String name = Deployments.database(url);
            String user = environment.get(service.variableOf("quarkus.datasource.username"));
            String passwordVariable = passwordVariableByDatabase.get(name);
            if (!"postgres".equals(Deployments.host(url)) || passwordVariable == null) {
                problems.add(service.name() + ": database " + name + " is not created by the postgres service's init script");
                continue;
            }
            if (!name.equals(user)) {
                problems.add(service.name() + ": connects as " + user + ", but " + name + " is owned by the role " + name);
            }
            String servicePassword = environment.get(service.variableOf("quarkus.datasource.password"));
            String rolePassword = postgresEnvironment.get(passwordVariable);
            if (servicePassword == null || rolePassword == null || !interpolated(servicePassword).equals(interpolated(rolePassword))) {
                problems.add(service.name() + ": its password (" + servicePassword + ") is not the one the role " + name
                        + " is created with (" + passwordVariable + "=" + rolePassword + ")");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void shouldRunKeycloakOfTheLocalStackVersionWithTheRealm() {
        List<String> problems = new ArrayList<>();
        String image = Yaml.text(services, "keycloak", "image");
        if (!("quay.io/keycloak/keycloak:" + Deployments.localKeycloakVersion()).equals(image)) {
            problems.add("keycloak: image " + image + ", deploy/local runs " + Deployments.localKeycloakVersion());
        }
        boolean realmMounted = Yaml.list(services, "keycloak", "volumes").stream().map(String::valueOf)
                .anyMatch(volume -> volume.startsWith("../keycloak/" + Path.of(RealmImports.REALM_FILE).getFileName() + ":/opt/keycloak/data/import/"));
        if (!realmMounted) {
            problems.add("keycloak: " + RealmImports.REALM_FILE + " is not mounted into /opt/keycloak/data/import/");
        }
        if (!Yaml.list(services, "keycloak", "command").contains("--import-realm")) {
            problems.add("keycloak: does not import the realm (--import-realm)");
        }
        assertNoProblems(problems);
    }

    /** A job that runs once and exits (restart: "no"); everything else is a server. */
    private boolean isOneShot(String name) {
        return "no".equals(Yaml.text(services, name, "restart"));
    }

    private Path buildContext(String service) {
        String context = Yaml.text(services, service, "build", "context");
        return context == null ? null : Deployments.COMPOSE.resolve(context).normalize();
    }

    /** A service's environment in map form (the list form KEY=value is read too). */
    private Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object declared = Yaml.at(services, service, "environment");
        if (declared instanceof Map<?, ?> map) {
            map.forEach((key, value) -> environment.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (declared instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length == 2 ? pair[1] : null);
            }
        }
        return environment;
    }

    private String scriptMountedBy(String service, String fileName) {
        for (Object volume : Yaml.list(services, service, "volumes")) {
            String source = String.valueOf(volume).split(":")[0];
            if (source.endsWith("/" + fileName)) {
                return Repository.read(Deployments.COMPOSE.resolve(source).normalize());
            }
        }
        throw new AssertionError(service + " does not mount " + fileName);
    }

    /** The variable name inside ${NAME:?message}, or the value itself. */
    private static String interpolated(String value) {
        Matcher interpolation = INTERPOLATION.matcher(value);
        return interpolation.matches() ? interpolation.group(1) : value;
    }

    private String hostOf(String value) {
        try {
            if (value.startsWith("jdbc:") || value.startsWith("http://") || value.startsWith("https://") || value.matches("[a-z0-9.-]+:\\d+(,.*)?")) {
                return Deployments.host(value);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
