package vn.cascade.deploy;

import static vn.cascade.deploy.Deployments.assertNoProblems;
import static vn.cascade.deploy.Deployments.named;
import static vn.cascade.deploy.Deployments.ofKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each overlay of deploy/k8s, rendered, read against the services' configuration and the topics. */
class KubernetesTest {

    static List<Path> overlays() {
        return Deployments.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRunEveryServiceWithHealthProbesAndResources(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, Object> deployment = named(resources, "Deployment", service.name());
            if (deployment == null) {
                problems.add("no Deployment " + service.name());
                continue;
            }
            Map<String, Object> container = container(deployment, service);
            if (container == null) {
                problems.add(service.name() + ": no container listening on " + service.httpPort());
                continue;
            }
            probe(problems, service, container, "readinessProbe", "/q/health/ready");
            probe(problems, service, container, "livenessProbe", "/q/health/live");
            probe(problems, service, container, "startupProbe", "/q/health");
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (Yaml.text(container, "resources", bound, resource) == null) {
                        problems.add(service.name() + ": no resources." + bound + "." + resource);
                    }
                }
            }
            if (!Boolean.TRUE.equals(Yaml.at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"))) {
                problems.add(service.name() + ": pods must run as non-root (securityContext.runAsNonRoot)");
            }
        }
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldScaleEveryDeploymentAndBoundItsDisruptions(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : ofKind(resources, "Deployment")) {
            String name = Kustomize.name(deployment);
            Map<String, Object> podLabels = Yaml.map(deployment, "spec", "template", "metadata", "labels");
            List<Map<String, Object>> autoscalers = ofKind(resources, "HorizontalPodAutoscaler").stream()
                    .filter(hpa -> "Deployment".equals(Yaml.text(hpa, "spec", "scaleTargetRef", "kind"))
                            && name.equals(Yaml.text(hpa, "spec", "scaleTargetRef", "name")))
                    .toList();
            if (autoscalers.size() != 1) {
                problems.add(name + ": " + autoscalers.size() + " HorizontalPodAutoscalers target it, expected 1");
            } else {
                Map<String, Object> hpa = autoscalers.get(0);
                Object min = Yaml.at(hpa, "spec", "minReplicas");
                Object max = Yaml.at(hpa, "spec", "maxReplicas");
                if (!(min instanceof Integer low) || !(max instanceof Integer high) || low < 1 || low > high) {
                    problems.add(name + ": HPA minReplicas " + min + " / maxReplicas " + max);
                }
                if (Yaml.list(hpa, "spec", "metrics").isEmpty()) {
                    problems.add(name + ": HPA without metrics");
                }
            }
            long budgets = ofKind(resources, "PodDisruptionBudget").stream()
                    .filter(pdb -> selects(Yaml.map(pdb, "spec", "selector", "matchLabels"), podLabels))
                    .count();
            if (budgets != 1) {
                problems.add(name + ": " + budgets + " PodDisruptionBudgets select its pods, expected 1");
            }
            boolean exposed = ofKind(resources, "Service").stream()
                    .anyMatch(service -> selects(Yaml.map(service, "spec", "selector"), podLabels));
            if (!exposed) {
                problems.add(name + ": no Service selects its pods");
            }
            if (!selects(Yaml.map(deployment, "spec", "selector", "matchLabels"), podLabels)) {
                problems.add(name + ": its selector does not match its pod labels");
            }
        }
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, Object> kubernetesService = named(resources, "Service", service.name());
            boolean servesPort = kubernetesService != null && Yaml.list(kubernetesService, "spec", "ports").stream()
                    .anyMatch(port -> Objects.equals(Yaml.at(port, "port"), service.httpPort()));
            if (!servesPort) {
                problems.add("no Service " + service.name() + " on port " + service.httpPort());
            }
        }
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldSetEveryConfigKeyAServiceNeedsFromConfigMapsAndSecrets(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, Object> deployment = named(resources, "Deployment", service.name());
            Map<String, Object> container = deployment == null ? null : container(deployment, service);
            if (container == null) {
                problems.add("no Deployment " + service.name() + " with its container");
                continue;
            }
            Map<String, Object> env = environment(container);
            for (String variable : service.requiredEnvironment()) {
                Object entry = env.get(variable);
                Map<String, Object> configMapRef = Yaml.map(entry, "valueFrom", "configMapKeyRef");
                Map<String, Object> secretRef = Yaml.map(entry, "valueFrom", "secretKeyRef");
                if (entry == null) {
                    problems.add(service.name() + ": " + variable + " not set (its default is for a developer's machine)");
                } else if (!configMapRef.isEmpty()) {
                    String value = Yaml.text(named(resources, "ConfigMap", Yaml.text(configMapRef, "name")), "data", Yaml.text(configMapRef, "key"));
                    if (value == null || value.isBlank()) {
                        problems.add(service.name() + ": " + variable + " refers to " + configMapRef + ", which is not in the manifests");
                    } else if (Deployments.pointsAtLoopback(value)) {
                        problems.add(service.name() + ": " + variable + "=" + value + " points at the pod itself");
                    } else if (variable.contains("PASSWORD")) {
                        problems.add(service.name() + ": " + variable + " must come from a Secret");
                    }
                } else if (secretRef.isEmpty() || Yaml.text(secretRef, "name") == null || Yaml.text(secretRef, "key") == null) {
                    problems.add(service.name() + ": " + variable + " is neither a ConfigMap nor a Secret reference");
                }
            }
        }
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldKeepSecretsOutOfTheManifestsAndDocumentEachOne(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        ofKind(resources, "Secret").forEach(secret -> problems.add("Secret " + Kustomize.name(secret) + " is in the manifests"));
        String operations = Repository.read("docs/operations.md");
        for (String secret : referencedSecrets(resources)) {
            if (!operations.contains("`" + secret + "`")) {
                problems.add("Secret " + secret + " is referenced but not documented in docs/operations.md");
            }
        }
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldCreateEveryTopicWithItsCleanupPolicyOnTheKraftCluster(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> clusters = ofKind(resources, "Kafka");
        if (clusters.size() != 1) {
            problems.add(clusters.size() + " Kafka clusters, expected 1");
            assertNoProblems(problems);
        }
        String cluster = Kustomize.name(clusters.get(0));
        int brokers = 0;
        Set<String> roles = new TreeSet<>();
        for (Map<String, Object> pool : ofKind(resources, "KafkaNodePool")) {
            if (cluster.equals(Yaml.text(pool, "metadata", "labels", "strimzi.io/cluster"))) {
                Yaml.list(pool, "spec", "roles").forEach(role -> roles.add(String.valueOf(role)));
                if (Yaml.list(pool, "spec", "roles").contains("broker")) {
                    brokers += (Integer) Yaml.at(pool, "spec", "replicas");
                }
            }
        }
        if (!roles.containsAll(Set.of("controller", "broker"))) {
            problems.add("Kafka " + cluster + ": node pools must give the controller and broker roles (KRaft), have " + roles);
        }
        if (!"false".equals(Yaml.text(clusters.get(0), "spec", "kafka", "config", "auto.create.topics.enable"))) {
            problems.add("Kafka " + cluster + ": topics must not be auto-created");
        }
        Map<String, Map<String, Object>> topics = new LinkedHashMap<>();
        for (Map<String, Object> topic : ofKind(resources, "KafkaTopic")) {
            topics.put(Objects.requireNonNullElse(Yaml.text(topic, "spec", "topicName"), Kustomize.name(topic)), topic);
        }
        int available = brokers;
        EventTopics.expected().forEach((name, policy) -> {
            Map<String, Object> topic = topics.get(name);
            if (topic == null) {
                problems.add("no KafkaTopic " + name);
                return;
            }
            if (!cluster.equals(Yaml.text(topic, "metadata", "labels", "strimzi.io/cluster"))) {
                problems.add("KafkaTopic " + name + " is not labelled for the cluster " + cluster);
            }
            if (!policy.equals(Yaml.text(topic, "spec", "config", "cleanup.policy"))) {
                problems.add("KafkaTopic " + name + ": cleanup.policy " + Yaml.text(topic, "spec", "config", "cleanup.policy")
                        + ", docs/events.md says " + policy);
            }
            Object replicas = Yaml.at(topic, "spec", "replicas");
            Object minInSync = Yaml.at(topic, "spec", "config", "min.insync.replicas");
            if (!(replicas instanceof Integer count) || count > available || count < 1) {
                problems.add("KafkaTopic " + name + ": " + replicas + " replicas on " + available + " broker(s)");
            } else if (minInSync instanceof Integer min && min > count) {
                problems.add("KafkaTopic " + name + ": min.insync.replicas " + min + " > replicas " + count);
            }
        });
        String bootstrap = Yaml.text(named(resources, "ConfigMap", "cascade-config"), "data", "KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null || !(cluster + "-kafka-bootstrap").equals(Deployments.host(bootstrap))) {
            problems.add("KAFKA_BOOTSTRAP_SERVERS " + bootstrap + " is not the bootstrap service of " + cluster);
        }
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldCreateEachServiceDatabaseOwnedByTheRoleOfItsSecret(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> clusters = ofKind(resources, "Cluster");
        if (clusters.size() != 1) {
            problems.add(clusters.size() + " PostgreSQL clusters, expected 1");
            assertNoProblems(problems);
        }
        Map<String, Object> cluster = clusters.get(0);
        String clusterName = Kustomize.name(cluster);
        Map<String, String> ownerByDatabase = new LinkedHashMap<>();
        Map<String, String> secretByRole = new LinkedHashMap<>();
        ownerByDatabase.put(Yaml.text(cluster, "spec", "bootstrap", "initdb", "database"), Yaml.text(cluster, "spec", "bootstrap", "initdb", "owner"));
        secretByRole.put(Yaml.text(cluster, "spec", "bootstrap", "initdb", "owner"), Yaml.text(cluster, "spec", "bootstrap", "initdb", "secret", "name"));
        for (Object role : Yaml.list(cluster, "spec", "managed", "roles")) {
            secretByRole.put(Yaml.text(role, "name"), Yaml.text(role, "passwordSecret", "name"));
        }
        for (Map<String, Object> database : ofKind(resources, "Database")) {
            if (clusterName.equals(Yaml.text(database, "spec", "cluster", "name"))) {
                ownerByDatabase.put(Yaml.text(database, "spec", "name"), Yaml.text(database, "spec", "owner"));
            }
        }
        Map<String, Object> config = named(resources, "ConfigMap", "cascade-config");
        for (ServiceConfig service : ServiceConfig.all()) {
            String url = Yaml.text(config, "data", service.databaseUrlVariable());
            Map<String, Object> deployment = named(resources, "Deployment", service.name());
            if (url == null || deployment == null) {
                problems.add(service.name() + ": no database URL or Deployment");
                continue;
            }
            if (!(clusterName + "-rw").equals(Deployments.host(url))) {
                problems.add(service.name() + ": " + url + " is not the read-write service of " + clusterName);
            }
            String database = Deployments.database(url);
            String owner = ownerByDatabase.get(database);
            Map<String, Object> env = environment(container(deployment, service));
            String userSecret = Yaml.text(env.get(service.variableOf("quarkus.datasource.username")), "valueFrom", "secretKeyRef", "name");
            String passwordSecret = Yaml.text(env.get(service.variableOf("quarkus.datasource.password")), "valueFrom", "secretKeyRef", "name");
            if (owner == null) {
                problems.add(service.name() + ": database " + database + " is not created in " + clusterName);
            } else if (!Objects.equals(secretByRole.get(owner), userSecret) || !Objects.equals(userSecret, passwordSecret)) {
                problems.add(service.name() + ": reads its user from " + userSecret + " and password from " + passwordSecret
                        + ", but " + database + " is owned by " + owner + " whose Secret is " + secretByRole.get(owner));
            }
        }
        Map<String, Object> keycloak = ofKind(resources, "Keycloak").stream().findFirst().orElse(Map.of());
        String keycloakDatabase = Yaml.text(keycloak, "spec", "db", "database");
        String keycloakOwner = ownerByDatabase.get(keycloakDatabase);
        if (keycloakOwner == null || !Objects.equals(secretByRole.get(keycloakOwner), Yaml.text(keycloak, "spec", "db", "passwordSecret", "name"))) {
            problems.add("Keycloak: database " + keycloakDatabase + " is not created for the role of its Secret");
        }
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRunKeycloakOfTheLocalStackVersionAndImportTheRealm(Path overlay) {
        List<Map<String, Object>> resources = Kustomize.render(overlay);
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> keycloaks = ofKind(resources, "Keycloak");
        if (keycloaks.size() != 1) {
            problems.add(keycloaks.size() + " Keycloak resources, expected 1");
            assertNoProblems(problems);
        }
        Map<String, Object> keycloak = keycloaks.get(0);
        String name = Kustomize.name(keycloak);
        String image = Yaml.text(keycloak, "spec", "image");
        if (!("quay.io/keycloak/keycloak:" + Deployments.localKeycloakVersion()).equals(image)) {
            problems.add("Keycloak image " + image + ", deploy/local runs " + Deployments.localKeycloakVersion());
        }
        long imports = ofKind(resources, "KeycloakRealmImport").stream()
                .filter(realmImport -> name.equals(Yaml.text(realmImport, "spec", "keycloakCRName"))
                        && Deployments.realmName().equals(Yaml.text(realmImport, "spec", "realm", "realm")))
                .count();
        if (imports != 1) {
            problems.add(imports + " KeycloakRealmImports of the realm " + Deployments.realmName() + " into " + name + ", expected 1");
        }
        String authServer = Yaml.text(named(resources, "ConfigMap", "cascade-config"), "data", "OIDC_AUTH_SERVER_URL");
        if (authServer == null || !(name + "-service").equals(Deployments.host(authServer))
                || !authServer.endsWith("/realms/" + Deployments.realmName())) {
            problems.add("OIDC_AUTH_SERVER_URL " + authServer + " is not the realm on the service of Keycloak " + name);
        }
        if (!Boolean.TRUE.equals(Yaml.at(keycloak, "spec", "hostname", "backchannelDynamic"))) {
            problems.add("Keycloak " + name + ": services reach it on its internal address, so hostname.backchannelDynamic must be true");
        }
        assertNoProblems(problems);
    }

    private static void probe(List<String> problems, ServiceConfig service, Map<String, Object> container, String probe, String pathPrefix) {
        String path = Yaml.text(container, probe, "httpGet", "path");
        Object port = Yaml.at(container, probe, "httpGet", "port");
        if (path == null || !path.startsWith(pathPrefix)) {
            problems.add(service.name() + ": " + probe + " must ask " + pathPrefix + ", asks " + path);
        } else if (!Objects.equals(containerPort(container, port), ServiceConfig.MANAGEMENT_PORT)) {
            problems.add(service.name() + ": " + probe + " port " + port + " is not the management port " + ServiceConfig.MANAGEMENT_PORT);
        }
    }

    private static Object containerPort(Map<String, Object> container, Object port) {
        if (port instanceof Integer) {
            return port;
        }
        return Yaml.list(container, "ports").stream()
                .filter(candidate -> Objects.equals(Yaml.text(candidate, "name"), String.valueOf(port)))
                .map(candidate -> Yaml.at(candidate, "containerPort"))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(Map<String, Object> deployment, ServiceConfig service) {
        for (Object container : Yaml.list(deployment, "spec", "template", "spec", "containers")) {
            boolean listens = Yaml.list(container, "ports").stream()
                    .anyMatch(port -> Objects.equals(Yaml.at(port, "containerPort"), service.httpPort()));
            if (listens) {
                return (Map<String, Object>) container;
            }
        }
        return null;
    }

    private static Map<String, Object> environment(Map<String, Object> container) {
        Map<String, Object> env = new LinkedHashMap<>();
        for (Object entry : Yaml.list(container, "env")) {
            env.put(Yaml.text(entry, "name"), entry);
        }
        return env;
    }

    private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        return !selector.isEmpty() && selector.entrySet().stream()
                .allMatch(entry -> Objects.equals(String.valueOf(entry.getValue()), String.valueOf(labels.get(entry.getKey()))));
    }

    /** Names of every Secret the manifests refer to (secretKeyRef, secret names in custom resources). */
    private static Set<String> referencedSecrets(Object node) {
        Set<String> names = new TreeSet<>();
        collectSecrets(node, null, names);
        return names;
    }

    private static void collectSecrets(Object node, String key, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            boolean secretReference = key != null && (key.toLowerCase().contains("secret") || key.equals("accessKeyId"));
            if (secretReference && map.get("name") instanceof String name) {
                names.add(name);
            }
            map.forEach((childKey, child) -> collectSecrets(child, String.valueOf(childKey), names));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectSecrets(item, key, names));
        }
    }
}
