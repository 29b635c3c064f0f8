package vn.cascade.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/observability: the Grafana dashboard and the Prometheus alert rules parse, and every metric they query is
 * in metric-names.txt, whose entries the services' tests prove exposed (common's ServiceContract and
 * ReliabilityTest). A renamed metric therefore breaks the build, not a dashboard nobody looks at until an incident.
 */
class ObservabilityTest {

    private static final Path DIR = Repository.path("deploy/observability");
    /** PromQL words that look like names: functions, aggregations, keywords. */
    private static final Set<String> PROMQL = Set.of("sum", "min", "max", "avg", "count", "rate", "irate", "increase",
            "delta", "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "vector",
            "topk", "bottomk", "histogram_quantile", "clamp_min", "clamp_max", "abs", "absent", "time", "offset",
            "bool", "max_over_time", "min_over_time", "avg_over_time", "label_replace");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)");

    @Test
    void shouldQueryOnlyMetricsTheServicesProveTheyExpose() {
        Set<String> listed = listedNames();
        Map<String, String> queries = new LinkedHashMap<>();
        Map<String, Object> dashboard = Yaml.json(DIR.resolve("grafana-dashboard.json"));
        for (Object panel : Yaml.list(dashboard, "panels")) {
            for (Object target : Yaml.list(panel, "targets")) {
                queries.put("dashboard panel '" + Yaml.text(panel, "title") + "'", Yaml.text(target, "expr"));
            }
        }
        Map<String, Object> rules = Yaml.single(DIR.resolve("prometheus-alerts.yaml"));
        for (Object group : Yaml.list(rules, "groups")) {
            for (Object rule : Yaml.list(group, "rules")) {
                queries.put("alert " + Yaml.text(rule, "alert"), Yaml.text(rule, "expr"));
            }
        }
        assertTrue(queries.size() >= 20, "the dashboard and the rules hold queries: " + queries.size());
        List<String> problems = new ArrayList<>();
        queries.forEach((where, expr) -> {
            Set<String> names = metricNames(expr);
            if (names.isEmpty()) {
                problems.add(where + ": no metric in " + expr);
            }
            for (String name : names) {
                if (!listed.contains(name)) {
                    problems.add(where + ": " + name + " is not in deploy/observability/metric-names.txt");
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void shouldAlertOnTheFaultsOperatorsMustAnswer() {
        Map<String, Object> rules = Yaml.single(DIR.resolve("prometheus-alerts.yaml"));
        Set<String> watched = new TreeSet<>();
        for (Object group : Yaml.list(rules, "groups")) {
            for (Object rule : Yaml.list(group, "rules")) {
                watched.addAll(metricNames(Yaml.text(rule, "expr")));
                assertTrue(Yaml.text(rule, "labels", "severity") != null, Yaml.text(rule, "alert") + ": no severity");
            }
        }
        for (String required : List.of("cascade_outbox_oldest_unpublished_age_seconds", "cascade_outbox_parked",
                "cascade_events_dead_lettered_total", "kafka_consumer_fetch_manager_records_lag_max",
                "cascade_reporting_obligations", "cascade_messaging_worker_alive")) {
            assertTrue(watched.contains(required), "no alert on " + required);
        }
    }

    /**
     * The production overlay ships the same rules to the Prometheus operator (a PrometheusRule whose spec.groups
     * is prometheus-alerts.yaml's groups: one source, a copy checked here) and scrapes every service's management
     * port, where its metrics are.
     */
    @Test
    void shouldShipTheSameAlertRulesAndScrapeEveryServiceInKubernetes() {
        List<Map<String, Object>> production = Kustomize.render(Deployments.K8S.resolve("overlays/production"));
        Map<String, Object> rule = Deployments.named(production, "PrometheusRule", "cascade-alerts");
        assertEquals(Yaml.single(DIR.resolve("prometheus-alerts.yaml")).get("groups"), Yaml.at(rule, "spec", "groups"),
                "deploy/k8s/overlays/production/monitoring.yaml: the PrometheusRule's groups must be those of "
                        + "deploy/observability/prometheus-alerts.yaml");
        Map<String, Object> monitor = Deployments.named(production, "PodMonitor", "cascade-services");
        Map<String, Object> selector = Yaml.map(monitor, "spec", "selector");
        List<Object> endpoints = Yaml.list(monitor, "spec", "podMetricsEndpoints");
        assertEquals(1, endpoints.size());
        for (ServiceConfig service : ServiceConfig.all()) {
            Map<String, Object> deployment = Deployments.named(production, "Deployment", service.name());
            Map<String, Object> labels = Yaml.map(deployment, "spec", "template", "metadata", "labels");
            assertTrue(Yaml.map(selector, "matchLabels").entrySet().stream()
                    .allMatch(label -> label.getValue().equals(labels.get(label.getKey()))), service.name() + " not selected");
            assertTrue(Yaml.list(selector, "matchExpressions").stream()
                    .anyMatch(expression -> Yaml.list(expression, "values").contains(labels.get(Yaml.text(expression, "key")))),
                    service.name() + " not among the PodMonitor's names");
            Map<String, Object> annotations = Yaml.map(deployment, "spec", "template", "metadata", "annotations");
            assertEquals(annotations.get("prometheus.io/path"), Yaml.text(endpoints.get(0), "path"), service.name());
            Object container = Yaml.list(deployment, "spec", "template", "spec", "containers").get(0);
            assertTrue(Yaml.list(container, "ports").stream().anyMatch(port -> Yaml.text(endpoints.get(0), "port")
                    .equals(Yaml.text(port, "name")) && annotations.get("prometheus.io/port")
                    .equals(String.valueOf(Yaml.at(port, "containerPort")))),
                    service.name() + ": the PodMonitor's port is not its management port");
        }
    }

    /** JSON for the log pipeline in the packaged services only: people read the plain console in dev and tests. */
    @Test
    void shouldLogJsonInProductionOnly() {
        String common = Repository.read("common/src/main/resources/META-INF/microprofile-config.properties");
        assertTrue(common.contains("\nquarkus.log.console.json.enabled=false\n"), "plain logs outside production");
        assertTrue(common.contains("\n%prod.quarkus.log.console.json.enabled=true\n"), "JSON logs in production");
        for (ServiceConfig service : ServiceConfig.all()) {
            String own = Repository.read(service.name() + "/src/main/resources/application.properties");
            assertTrue(!own.contains("quarkus.log.console.json"), service.name() + " overrides the log format");
        }
    }

    /** The metric names of a PromQL expression: identifiers outside label matchers and groupings, not PromQL words. */
    static Set<String> metricNames(String expr) {
        String bare = GROUPING.matcher(expr.replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")).replaceAll("");
        bare = bare.replaceAll("\"[^\"]*\"", "");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String word = identifier.group();
            boolean number = identifier.start() > 0 && Character.isDigit(bare.charAt(identifier.start() - 1));
            if (!PROMQL.contains(word) && !number) {
                names.add(word);
            }
        }
        return names;
    }

    private static Set<String> listedNames() {
        Set<String> names = new TreeSet<>();
        for (String line : Repository.read(DIR.resolve("metric-names.txt")).split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (!line.isBlank() && !line.startsWith("#") && fields.length >= 3) {
                names.add(fields[0]);
            }
        }
        return names;
    }
}
