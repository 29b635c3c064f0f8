package vn.cascade.deploy;

import static vn.cascade.deploy.Deployments.assertNoProblems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hardened deployment of issue 16 (docs/decisions.md, Hardened deployment): no open door in compose or a
 * production overlay. Each check names the file and what is wrong, so that a failure says what to fix.
 */
class HardeningTest {

    static final String STRIMZI_GROUP = "kafka.strimzi.io/";
    static final String STRIMZI_API = "kafka.strimzi.io/v1";
    private static final Set<String> KAFKA_AUTHENTICATIONS = Set.of("scram-sha-512", "tls");
    private static final Set<String> WRITING = Set.of("Write", "All", "Create", "Delete", "Alter", "AlterConfigs");
    /** A row of the topic table of docs/events.md: topic, key, cleanup, producer, consumers. */
    private static final Pattern TOPIC_ROW = Pattern.compile(
            "(?m)^\\|\\s*`(cascade\\.[^`]+)`\\s*\\|[^|]*\\|[^|]*\\|\\s*([a-z-]+)\\s*\\|\\s*([^|]*?)\\s*\\|\\s*$");

    private static final Path COMPOSE_FILE = Deployments.COMPOSE.resolve("compose.yaml");
    /** acl user operations type name pattern, in kafka/create-topics.sh. */
    private static final Pattern COMPOSE_ACL = Pattern.compile("(?m)^acl\\s+(\\S+)\\s+(\\S+)\\s+(topic|group|cluster|transactional-id)\\s+(\\S+)\\s+(\\S+)\\s*$");

    static List<Path> overlays() {
        return Deployments.overlays();
    }

    @Test
    void shouldUseOnlyTheStrimziV1Api() {
        List<String> problems = new ArrayList<>();
        for (Path file : yamlFiles(Deployments.K8S)) {
            for (Object document : Yaml.documents(file)) {
                String apiVersion = Yaml.text(document, "apiVersion");
                if (apiVersion != null && apiVersion.startsWith(STRIMZI_GROUP) && !apiVersion.equals(STRIMZI_API)) {
                    problems.add(Repository.ROOT.relativize(file) + ": " + Yaml.text(document, "kind") + " on " + apiVersion
                            + "; Strimzi 1.0 serves only " + STRIMZI_API);
                }
            }
        }
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldAuthenticateEveryKafkaListenerAndAuthorizeWithAcls(Path overlay) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> kafka : Deployments.ofKind(Kustomize.render(overlay), "Kafka")) {
            String name = Kustomize.name(kafka);
            for (Object listener : Yaml.list(kafka, "spec", "kafka", "listeners")) {
                String authentication = Yaml.text(listener, "authentication", "type");
                if (!KAFKA_AUTHENTICATIONS.contains(String.valueOf(authentication))) {
                    problems.add("Kafka " + name + ": listener " + Yaml.text(listener, "name") + " has authentication "
                            + authentication + "; every listener needs one of " + KAFKA_AUTHENTICATIONS);
                }
            }
            if (Yaml.at(kafka, "spec", "kafka", "authorization", "type") == null) {
                problems.add("Kafka " + name + ": no authorization, so ACLs are not enforced");
            }
        }
        assertNoProblems(problems);
    }

    /**
     * Each service is a KafkaUser whose ACLs let it write only the topics docs/events.md says it produces (and its
     * dead-letter topic), read every topic it consumes, and use only its own consumer groups; its Deployment logs
     * in with that user's Secret.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void shouldGiveEachServiceAKafkaUserThatWritesOnlyItsOwnTopics(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        Map<String, String> producers = new LinkedHashMap<>();
        Map<String, Set<String>> consumed = new LinkedHashMap<>();
        eventTopics(producers, consumed);
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, Object> user = Deployments.named(resources, "KafkaUser", service.name());
            if (user == null) {
                problems.add("no KafkaUser " + service.name());
                continue;
            }
            if (!KAFKA_AUTHENTICATIONS.contains(String.valueOf(Yaml.text(user, "spec", "authentication", "type")))) {
                problems.add("KafkaUser " + service.name() + ": authentication must be one of " + KAFKA_AUTHENTICATIONS);
            }
            List<Acl> acls = new ArrayList<>();
            for (Object acl : Yaml.list(user, "spec", "authorization", "acls")) {
                if (Yaml.at(acl, "operation") != null) {
                    problems.add("KafkaUser " + service.name() + ": 'operation' is gone in Strimzi v1, use 'operations'");
                }
                acls.add(new Acl(Yaml.text(acl, "resource", "type"), Yaml.text(acl, "resource", "name"),
                        Objects.requireNonNullElse(Yaml.text(acl, "resource", "patternType"), "literal"),
                        Yaml.list(acl, "operations").stream().map(String::valueOf).toList()));
            }
            aclProblems("KafkaUser " + service.name(), service, acls, producers, consumed, problems);
            Map<String, Object> deployment = Deployments.named(resources, "Deployment", service.name());
            String jaasSecret = null;
            for (Object env : Yaml.list(deployment, "spec", "template", "spec", "containers", 0, "env")) {
                if ("KAFKA_SASL_JAAS_CONFIG".equals(Yaml.text(env, "name"))) {
                    jaasSecret = Yaml.text(env, "valueFrom", "secretKeyRef", "name");
                }
            }
            if (!service.name().equals(jaasSecret)) {
                problems.add(service.name() + ": KAFKA_SASL_JAAS_CONFIG must come from the Secret " + service.name()
                        + " of its KafkaUser, comes from " + jaasSecret);
            }
        }
        assertNoProblems(problems);
    }

    /**
     * Health and metrics only on the management port (never a Service port, never routed); no OpenAPI document or
     * Swagger UI in a deployment; an Ingress routes only the API.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void shouldKeepManagementEndpointsOffThePublicPort(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : ServiceConfig.all()) {
            if (!"true".equals(ServiceConfig.production(service.name()).get("quarkus.management.enabled"))) {
                problems.add(service.name() + ": the packaged service must enable quarkus.management.enabled (%prod)");
            }
            Map<String, Object> deployment = Deployments.named(resources, "Deployment", service.name());
            if (deployment == null) {
                problems.add("no Deployment " + service.name());
                continue;
            }
            String scrapePort = Yaml.text(deployment, "spec", "template", "metadata", "annotations", "prometheus.io/port");
            if (scrapePort != null && !scrapePort.equals(String.valueOf(ServiceConfig.MANAGEMENT_PORT))) {
                problems.add(service.name() + ": metrics scraped on " + scrapePort + ", not the management port");
            }
            Map<String, String> env = new LinkedHashMap<>();
            for (Object entry : Yaml.list(deployment, "spec", "template", "spec", "containers", 0, "env")) {
                env.put(Yaml.text(entry, "name"), Yaml.text(entry, "value"));
            }
            for (String off : List.of("QUARKUS_SWAGGER_UI_ENABLE", "QUARKUS_SMALLRYE_OPENAPI_ENABLE")) {
                if (!"false".equals(env.get(off))) {
                    problems.add(service.name() + ": " + off + " must be \"false\" in a deployment");
                }
            }
        }
        for (Map<String, Object> service : Deployments.ofKind(resources, "Service")) {
            for (Object port : Yaml.list(service, "spec", "ports")) {
                if (String.valueOf(ServiceConfig.MANAGEMENT_PORT).equals(Yaml.text(port, "targetPort"))
                        || "management".equals(Yaml.text(port, "targetPort"))
                        || String.valueOf(ServiceConfig.MANAGEMENT_PORT).equals(Yaml.text(port, "port"))) {
                    problems.add("Service " + Kustomize.name(service) + " exposes the management port");
                }
            }
        }
        for (Map<String, Object> ingress : Deployments.ofKind(resources, "Ingress")) {
            for (Object rule : Yaml.list(ingress, "spec", "rules")) {
                for (Object path : Yaml.list(rule, "http", "paths")) {
                    String backend = Yaml.text(path, "backend", "service", "name");
                    String route = Yaml.text(path, "path");
                    boolean api = route != null && (route.equals("/api") || route.startsWith("/api/"));
                    boolean keycloak = route != null && (route.startsWith("/realms/") || route.startsWith("/resources/"));
                    if (!(api || keycloak) || (keycloak && backend != null && !backend.contains("keycloak"))) {
                        problems.add("Ingress " + Kustomize.name(ingress) + ": routes " + route + " to " + backend
                                + "; only /api (services) and /realms/, /resources/ (Keycloak) are public");
                    }
                    Object port = Yaml.at(path, "backend", "service", "port", "number");
                    if (Objects.equals(port, ServiceConfig.MANAGEMENT_PORT) || "management".equals(Yaml.text(path, "backend", "service", "port", "name"))) {
                        problems.add("Ingress " + Kustomize.name(ingress) + ": routes to the management port");
                    }
                }
            }
        }
        assertNoProblems(problems);
    }

    /**
     * Default deny, then only what is needed: every Deployment's pods are selected by a policy; no rule lets in
     * everyone; PostgreSQL and the Kafka listener let in only the services (and, for PostgreSQL, Keycloak and its own
     * instances); the services' egress is limited.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void shouldIsolateEveryPodWithNetworkPolicies(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        List<Map<String, Object>> policies = Deployments.ofKind(resources, "NetworkPolicy");
        List<String> problems = new ArrayList<>();
        boolean defaultDeny = policies.stream().anyMatch(policy -> Yaml.map(policy, "spec", "podSelector").isEmpty()
                && Yaml.list(policy, "spec", "policyTypes").contains("Ingress") && Yaml.list(policy, "spec", "ingress").isEmpty());
        if (!defaultDeny) {
            problems.add("no default-deny NetworkPolicy (podSelector {}, policyTypes [Ingress], no ingress rule)");
        }
        for (Map<String, Object> policy : policies) {
            for (Object rule : Yaml.list(policy, "spec", "ingress")) {
                List<Object> from = Yaml.list(rule, "from");
                if (from.isEmpty() || from.stream().anyMatch(peer -> Yaml.map(peer).isEmpty())) {
                    problems.add("NetworkPolicy " + Kustomize.name(policy) + ": an ingress rule open to every pod and address");
                }
            }
        }
        List<String> serviceNames = ServiceConfig.all().stream().map(ServiceConfig::name).toList();
        for (Map<String, Object> deployment : Deployments.ofKind(resources, "Deployment")) {
            Map<String, Object> labels = Yaml.map(deployment, "spec", "template", "metadata", "labels");
            boolean ingress = policies.stream().anyMatch(policy -> !Yaml.map(policy, "spec", "podSelector").isEmpty()
                    && selects(Yaml.map(policy, "spec", "podSelector"), labels) && !Yaml.list(policy, "spec", "ingress").isEmpty());
            boolean egress = policies.stream().anyMatch(policy -> selects(Yaml.map(policy, "spec", "podSelector"), labels)
                    && Yaml.list(policy, "spec", "policyTypes").contains("Egress"));
            if (!ingress) {
                problems.add("Deployment " + Kustomize.name(deployment) + ": no NetworkPolicy says who may reach its pods");
            }
            if (serviceNames.contains(Kustomize.name(deployment)) && !egress) {
                problems.add("Deployment " + Kustomize.name(deployment) + ": no NetworkPolicy limits what its pods reach");
            }
        }
        for (Map<String, Object> cluster : Deployments.ofKind(resources, "Cluster")) {
            Map<String, Object> postgres = Map.of("cnpg.io/cluster", Kustomize.name(cluster));
            List<Map<String, Object>> selecting = policies.stream()
                    .filter(policy -> !Yaml.map(policy, "spec", "podSelector").isEmpty() && selects(Yaml.map(policy, "spec", "podSelector"), postgres))
                    .toList();
            if (selecting.isEmpty()) {
                problems.add("PostgreSQL " + Kustomize.name(cluster) + ": no NetworkPolicy selects its pods");
            }
            for (Map<String, Object> policy : selecting) {
                for (Object rule : Yaml.list(policy, "spec", "ingress")) {
                    boolean database = Yaml.list(rule, "ports").stream().anyMatch(port -> "5432".equals(Yaml.text(port, "port")));
                    for (Object peer : Yaml.list(rule, "from")) {
                        if (database && !onlyServicesKeycloakOr(peer, serviceNames, "cnpg.io/cluster")) {
                            problems.add("NetworkPolicy " + Kustomize.name(policy) + ": lets " + peer + " reach PostgreSQL");
                        }
                    }
                }
            }
        }
        for (Map<String, Object> kafka : Deployments.ofKind(resources, "Kafka")) {
            for (Object listener : Yaml.list(kafka, "spec", "kafka", "listeners")) {
                List<Object> peers = Yaml.list(listener, "networkPolicyPeers");
                if (peers.isEmpty()) {
                    problems.add("Kafka " + Kustomize.name(kafka) + ": listener " + Yaml.text(listener, "name")
                            + " has no networkPolicyPeers, so every pod reaches it");
                }
                for (Object peer : peers) {
                    if (!onlyServicesKeycloakOr(peer, serviceNames, null) || Yaml.at(peer, "podSelector") == null) {
                        problems.add("Kafka " + Kustomize.name(kafka) + ": listener " + Yaml.text(listener, "name") + " lets " + peer + " in");
                    }
                }
            }
        }
        assertNoProblems(problems);
    }

    /** A peer that selects pods of the services only, or Keycloak's, or pods carrying {@code ownLabel}. */
    private static boolean onlyServicesKeycloakOr(Object peer, List<String> services, String ownLabel) {
        if (Yaml.at(peer, "namespaceSelector") != null || Yaml.at(peer, "ipBlock") != null) {
            return false;
        }
        Map<String, Object> selector = Yaml.map(peer, "podSelector");
        Map<String, Object> labels = Yaml.map(selector, "matchLabels");
        if (ownLabel != null && labels.containsKey(ownLabel)) {
            return true;
        }
        if ("cascade-keycloak".equals(labels.get("app.kubernetes.io/instance"))) {
            return true;
        }
        List<Object> expressions = Yaml.list(selector, "matchExpressions");
        return labels.isEmpty() && expressions.size() == 1
                && "app.kubernetes.io/name".equals(Yaml.text(expressions.get(0), "key"))
                && "In".equals(Yaml.text(expressions.get(0), "operator"))
                && services.containsAll(Yaml.list(expressions.get(0), "values").stream().map(String::valueOf).toList());
    }

    /** A label selector (matchLabels and In/NotIn/Exists/DoesNotExist expressions) applied to pod labels. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        for (Map.Entry<String, Object> entry : Yaml.map(selector, "matchLabels").entrySet()) {
            if (!String.valueOf(entry.getValue()).equals(String.valueOf(labels.get(entry.getKey())))) {
                return false;
            }
        }
        for (Object expression : Yaml.list(selector, "matchExpressions")) {
            String key = Yaml.text(expression, "key");
            List<String> values = Yaml.list(expression, "values").stream().map(String::valueOf).toList();
            Object value = labels.get(key);
            boolean matches = switch (String.valueOf(Yaml.text(expression, "operator"))) {
                case "In" -> value != null && values.contains(String.valueOf(value));
                case "NotIn" -> value == null || !values.contains(String.valueOf(value));
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    static List<Path> productionOverlays() {
        return Deployments.overlays().stream().filter(overlay -> !RealmImports.isDemoOverlay(overlay)).toList();
    }

    /** The production realm: no people, no password grant, no secret written out, no demo anything. */
    @Test
    void shouldKeepDemoCredentialsOutOfTheProductionRealm() {
        List<String> problems = new ArrayList<>();
        demoCredentials(RealmImports.REALM_FILE, RealmImports.realm(), problems);
        assertNoProblems(problems);
    }

    /** A production overlay (every overlay but dev) imports no demo user, demo client or demo secret. */
    @ParameterizedTest
    @MethodSource("productionOverlays")
    void shouldKeepDemoCredentialsOutOfProductionOverlays(Path overlay) {
        List<String> problems = new ArrayList<>();
        demoCredentials(Repository.ROOT.relativize(overlay).toString(), Kustomize.render(overlay), problems);
        assertNoProblems(problems);
    }

    /** Compose runs the production realm: no demo realm mounted, no demo value anywhere. */
    @Test
    void shouldKeepDemoCredentialsOutOfCompose() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Object> compose = Yaml.single(COMPOSE_FILE);
        demoCredentials("deploy/compose/compose.yaml", compose, problems);
        for (String line : Files.readAllLines(Deployments.COMPOSE.resolve(".env.example"))) {
            if (!line.startsWith("#") && line.contains("=") && line.substring(line.indexOf('=') + 1).toLowerCase().contains("demo")) {
                problems.add("deploy/compose/.env.example: " + line);
            }
        }
        assertNoProblems(problems);
    }

    /**
     * Demo credentials anywhere in a document: a user with credentials or a person (not a client's service
     * account), the password-grant client or any client with direct access grants, a client secret written out
     * instead of a placeholder, the demo realm file, or any value that says "demo".
     */
    static void demoCredentials(String where, Object node, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("credentials")) {
                problems.add(where + ": a user with credentials (" + map.get("username") + ")");
            }
            if (map.containsKey("username") && map.containsKey("enabled") && !map.containsKey("serviceAccountClientId")) {
                problems.add(where + ": a person in the realm (" + map.get("username") + "); people are created by the realm's administrators");
            }
            if (map.containsKey("clientId")) {
                if (RealmImports.DEMO_CLIENT.equals(map.get("clientId")) || Boolean.TRUE.equals(map.get("directAccessGrantsEnabled"))) {
                    problems.add(where + ": client " + map.get("clientId") + " allows the password grant");
                }
                Object secret = map.get("secret");
                if (secret != null && !String.valueOf(secret).matches("\\$\\{[A-Z0-9_]+}")) {
                    problems.add(where + ": client " + map.get("clientId") + " has its secret written out; use a ${PLACEHOLDER}");
                }
            }
            map.values().forEach(value -> demoCredentials(where, value, problems));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> demoCredentials(where, item, problems));
        } else if (node instanceof String text) {
            if (text.toLowerCase().contains("demo")) {
                problems.add(where + ": a demo value: " + (text.length() > 120 ? text.substring(0, 120) + "…" : text));
            }
        }
    }

    /** The adjustable clock (a demo and test facility) is never switched on by a production deployment. */
    @Test
    void shouldNeverSwitchOnTheAdjustableClockInProduction() {
        List<String> problems = new ArrayList<>();
        adjustableClock("deploy/compose/compose.yaml", Yaml.single(COMPOSE_FILE), problems);
        for (Path overlay : productionOverlays()) {
            adjustableClock(Repository.ROOT.relativize(overlay).toString(), Kustomize.render(overlay), problems);
        }
        assertNoProblems(problems);
    }

    private static void adjustableClock(String where, Object node, List<String> problems) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (mentionsClock(String.valueOf(key))) {
                    problems.add(where + ": sets " + key);
                }
                adjustableClock(where, value, problems);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> adjustableClock(where, item, problems));
        } else if (node instanceof String text && mentionsClock(text)) {
            problems.add(where + ": sets the adjustable clock (" + text + ")");
        }
    }

    private static boolean mentionsClock(String text) {
        String normalized = text.toUpperCase().replace('.', '_').replace('-', '_');
        return normalized.contains("CASCADE_CLOCK_ADJUSTABLE");
    }

    /** One ACL: resource type (topic, group), name, pattern (literal, or prefix/prefixed), operations. */
    record Acl(String type, String name, String pattern, List<String> operations) {
    }

    /** The ACLs of one service's user against docs/events.md: writes only what it produces, reads what it consumes. */
    static void aclProblems(String who, ServiceConfig service, List<Acl> acls, Map<String, String> producers,
            Map<String, Set<String>> consumed, List<String> problems) {
        String groupId = service.properties().get("cascade.consumer.group-id");
        Set<String> readable = new LinkedHashSet<>();
        for (Acl acl : acls) {
            boolean literal = "literal".equals(acl.pattern());
            if ("topic".equals(acl.type())) {
                boolean own = literal && (service.name().equals(producers.get(acl.name())) || acl.name().equals(service.deadLetterTopic()));
                if (acl.operations().stream().anyMatch(WRITING::contains) && !own) {
                    problems.add(who + ": " + acl.operations() + " on topic " + acl.name() + " (" + acl.pattern()
                            + "), which docs/events.md does not give it to produce");
                }
                if (acl.operations().contains("Read") && literal) {
                    readable.add(acl.name());
                }
            } else if ("group".equals(acl.type())) {
                if (groupId == null || !acl.name().startsWith(groupId)) {
                    problems.add(who + ": group " + acl.name() + " is not its consumer group " + groupId);
                }
            } else {
                problems.add(who + ": an ACL on " + acl.type() + " " + acl.name() + " it has no use for");
            }
        }
        Set<String> needed = new LinkedHashSet<>(consumed.getOrDefault(service.name(), Set.of()));
        needed.add(service.deadLetterTopic());
        needed.removeAll(readable);
        if (!needed.isEmpty()) {
            problems.add(who + ": cannot read " + needed + ", which it consumes");
        }
    }

    /**
     * Compose: every published port on 127.0.0.1, never a management port; Kafka's listeners all SASL with an
     * authorizer that denies by default; each service logs in as itself; the ACLs of kafka/create-topics.sh
     * follow docs/events.md.
     */
    @Test
    void shouldPublishOnlyLoopbackPortsAndAuthenticateKafkaInCompose() {
        Map<String, Object> services = Yaml.map(Yaml.single(COMPOSE_FILE), "services");
        List<String> problems = new ArrayList<>();
        services.forEach((name, service) -> {
            for (Object port : Yaml.list(service, "ports")) {
                String hostIp;
                String target;
                if (port instanceof Map<?, ?>) {
                    hostIp = Yaml.text(port, "host_ip");
                    target = Yaml.text(port, "target");
                } else {
                    // ${VAR:-default} holds colons of its own: read it as one token.
                    String[] parts = String.valueOf(port).replaceAll("\\$\\{[^}]*}", "VAR").split(":");
                    hostIp = parts.length == 3 ? parts[0] : null;
                    target = parts[parts.length - 1].replaceAll("/.*", "");
                }
                if (!"127.0.0.1".equals(hostIp)) {
                    problems.add(name + ": publishes " + port + " on every interface; bind it to 127.0.0.1");
                }
                if (String.valueOf(ServiceConfig.MANAGEMENT_PORT).equals(target)) {
                    problems.add(name + ": publishes its management port " + target);
                }
            }
        });
        Map<String, String> kafka = environment(services, "kafka");
        String listeners = Objects.requireNonNullElse(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"), "");
        for (String listener : listeners.split(",")) {
            String[] pair = listener.trim().split(":");
            if (pair.length != 2 || !pair[1].startsWith("SASL_")) {
                problems.add("kafka: listener " + listener.trim() + " does not authenticate (SASL_PLAINTEXT or SASL_SSL)");
            }
        }
        if (listeners.isBlank()) {
            problems.add("kafka: no KAFKA_LISTENER_SECURITY_PROTOCOL_MAP");
        }
        if (kafka.get("KAFKA_AUTHORIZER_CLASS_NAME") == null || "true".equals(kafka.get("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND"))) {
            problems.add("kafka: no authorizer, or everyone allowed where no ACL is found");
        }
        Map<String, String> producers = new LinkedHashMap<>();
        Map<String, Set<String>> consumed = new LinkedHashMap<>();
        eventTopics(producers, consumed);
        Map<String, List<Acl>> acls = new LinkedHashMap<>();
        Matcher line = COMPOSE_ACL.matcher(Repository.read(Deployments.COMPOSE.resolve("kafka/create-topics.sh")));
        while (line.find()) {
            acls.computeIfAbsent(line.group(1), key -> new ArrayList<>()).add(new Acl(line.group(3), line.group(4),
                    line.group(5), List.of(line.group(2).split(","))));
        }
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, String> env = environment(services, service.name());
            if (!String.valueOf(env.get("KAFKA_SECURITY_PROTOCOL")).startsWith("SASL_")) {
                problems.add(service.name() + ": KAFKA_SECURITY_PROTOCOL must be SASL_PLAINTEXT or SASL_SSL");
            }
            String jaas = String.valueOf(env.get("KAFKA_SASL_JAAS_CONFIG"));
            if (!jaas.contains("username=\"" + service.name() + "\"") || !jaas.matches("(?s).*password=\"\\$\\{[A-Z_]+.*")) {
                problems.add(service.name() + ": KAFKA_SASL_JAAS_CONFIG must log in as " + service.name() + " with a password from .env");
            }
            if (!acls.containsKey(service.name())) {
                problems.add("kafka/create-topics.sh grants " + service.name() + " no ACL");
            } else {
                aclProblems("kafka/create-topics.sh, " + service.name(), service, acls.get(service.name()), producers, consumed, problems);
            }
        }
        assertNoProblems(problems);
    }

    /**
     * Compose's TLS proxy routes only the services' /api and Keycloak's /realms/ and /resources/, never a management
     * port, and terminates TLS itself for every site.
     */
    @Test
    void shouldRouteOnlyTheApiAndKeycloakLoginThroughTheProxy() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> lines = Files.readAllLines(Deployments.COMPOSE.resolve("caddy/Caddyfile")).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        for (String line : lines) {
            String[] words = line.split("\\s+");
            switch (words[0]) {
                case "reverse_proxy" -> {
                    if (words.length < 2 || words[1].endsWith(":" + ServiceConfig.MANAGEMENT_PORT) || words[1].startsWith("@")) {
                        problems.add("Caddyfile: " + line + " (a management port, or a route without its handle)");
                    }
                }
                case "handle" -> {
                    if (!line.equals("handle @public {") && !line.matches("handle @(directive|plan|reporting) \\{")) {
                        problems.add("Caddyfile: " + line + "; only the API (@directive, @plan, @reporting) and Keycloak's @public paths are routed");
                    }
                }
                case "@directive", "@plan", "@reporting" -> {
                    // The API's route table (GatewayRoutesTest checks where each path goes): /api/v1/ paths only.
                    if (words.length != 4 || !words[1].equals("path_regexp") || !words[3].startsWith("^/api/v1/")) {
                        problems.add("Caddyfile: " + line + "; an API route is a path_regexp under ^/api/v1/");
                    }
                }
                case "@public" -> {
                    if (!line.equals("@public path /realms/* /resources/*")) {
                        problems.add("Caddyfile: " + line + "; Keycloak's public paths are /realms/* and /resources/*");
                    }
                }
                case "handle_path", "route", "rewrite", "redir", "file_server" -> problems.add("Caddyfile: " + line + " is not expected");
                default -> {
                    // site blocks, tls, header, import, respond, admin: nothing to route
                }
            }
        }
        long sites = lines.stream().filter(line -> line.startsWith("{$") && line.endsWith("{")).count();
        long tls = lines.stream().filter(line -> line.equals("import cascade_tls")).count();
        if (sites == 0 || tls != sites) {
            problems.add("Caddyfile: " + sites + " sites, " + tls + " of them with TLS (import cascade_tls)");
        }
        assertNoProblems(problems);
    }

    private static Map<String, String> environment(Map<String, Object> services, String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        Yaml.map(services, service, "environment").forEach((key, value) -> environment.put(key, value == null ? null : String.valueOf(value)));
        return environment;
    }

    /** Producer and consumers of every cascade.* topic, from the topic table of docs/events.md. */
    static void eventTopics(Map<String, String> producers, Map<String, Set<String>> consumed) {
        Matcher row = TOPIC_ROW.matcher(Repository.read("docs/events.md"));
        while (row.find()) {
            producers.put(row.group(1), row.group(2));
            for (String consumer : row.group(3).split(",")) {
                consumed.computeIfAbsent(consumer.trim(), key -> new LinkedHashSet<>()).add(row.group(1));
            }
        }
        if (producers.isEmpty()) {
            throw new IllegalStateException("No topic row found in docs/events.md");
        }
    }

    static List<Path> yamlFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
