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
            String groupId = service.properties().get("cascade.consumer.group-id");
            Set<String> readable = new LinkedHashSet<>();
            for (Object acl : Yaml.list(user, "spec", "authorization", "acls")) {
                String type = Yaml.text(acl, "resource", "type");
                String resource = Yaml.text(acl, "resource", "name");
                String pattern = Objects.requireNonNullElse(Yaml.text(acl, "resource", "patternType"), "literal");
                List<String> operations = Yaml.list(acl, "operations").stream().map(String::valueOf).toList();
                if (Yaml.at(acl, "operation") != null) {
                    problems.add("KafkaUser " + service.name() + ": 'operation' is gone in Strimzi v1, use 'operations'");
                }
                if ("topic".equals(type)) {
                    boolean own = "literal".equals(pattern)
                            && (service.name().equals(producers.get(resource)) || resource.equals(service.deadLetterTopic()));
                    if (operations.stream().anyMatch(WRITING::contains) && !own) {
                        problems.add("KafkaUser " + service.name() + ": " + operations + " on topic " + resource + " (" + pattern
                                + "), which docs/events.md does not give it to produce");
                    }
                    if (operations.contains("Read") && "literal".equals(pattern)) {
                        readable.add(resource);
                    }
                } else if ("group".equals(type)) {
                    if (groupId == null || !resource.startsWith(groupId)) {
                        problems.add("KafkaUser " + service.name() + ": group " + resource + " is not its consumer group " + groupId);
                    }
                } else {
                    problems.add("KafkaUser " + service.name() + ": an ACL on " + type + " " + resource + " it has no use for");
                }
            }
            Set<String> needed = new LinkedHashSet<>(consumed.getOrDefault(service.name(), Set.of()));
            needed.add(service.deadLetterTopic());
            needed.removeAll(readable);
            if (!needed.isEmpty()) {
                problems.add("KafkaUser " + service.name() + ": cannot read " + needed + ", which it consumes");
            }
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
