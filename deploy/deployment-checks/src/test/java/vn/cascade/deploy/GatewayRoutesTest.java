package vn.cascade.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cascade.deploy.Deployments.assertNoProblems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * One base URL for the whole API: Caddy (deploy/compose) and the Ingress (deploy/k8s) route each API path to the
 * service that owns it, with the same table as the local launcher's gateway (deploy/local, Gateway.ROUTES, which
 * its own test holds to the same samples).
 */
class GatewayRoutesTest {

    /** A path of each kind and the service that must answer it. */
    private static final Map<String, String> SAMPLES = new LinkedHashMap<>();

    static {
        SAMPLES.put("/api/v1/organizations", "directive-service");
        SAMPLES.put("/api/v1/organizations/TU-QUANGTRI/children", "directive-service");
        SAMPLES.put("/api/v1/organizations/restructurings", "directive-service");
        SAMPLES.put("/api/v1/organizations/TU-QUANGTRI/contacts", "reporting-service");
        SAMPLES.put("/api/v1/organizations/TU-QUANGTRI/contacts/3f1c", "reporting-service");
        SAMPLES.put("/api/v1/directives/by-symbol", "directive-service");
        SAMPLES.put("/api/v1/documents/graph", "directive-service");
        SAMPLES.put("/api/v1/admin/directive/audit", "directive-service");
        SAMPLES.put("/api/v1/plans", "plan-service");
        SAMPLES.put("/api/v1/plans/import", "plan-service");
        SAMPLES.put("/api/v1/tasks/1", "plan-service");
        SAMPLES.put("/api/v1/cascade", "plan-service");
        SAMPLES.put("/api/v1/admin/plan/dead-letters/replay", "plan-service");
        SAMPLES.put("/api/v1/obligations", "reporting-service");
        SAMPLES.put("/api/v1/reports/1/review", "reporting-service");
        SAMPLES.put("/api/v1/rollups", "reporting-service");
        SAMPLES.put("/api/v1/indicators", "reporting-service");
        SAMPLES.put("/api/v1/notifications", "reporting-service");
        SAMPLES.put("/api/v1/admin/reporting/clock", "reporting-service");
        SAMPLES.put("/api/v1/plansx", null);
        SAMPLES.put("/q/openapi", null);
        SAMPLES.put("/api/v1/admin/clock", null);
    }

    private record Route(Pattern path, String service) {
    }

    /** Caddy's handle blocks in order: "@name path_regexp name REGEX" then "handle @name { reverse_proxy host:port }". */
    private static List<Route> caddyRoutes() {
        String caddyfile = Repository.read(Deployments.COMPOSE.resolve("caddy/Caddyfile"));
        Map<String, Pattern> matchers = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("(?m)^\\s*@(\\w+) path_regexp \\w+ (\\S+)$").matcher(caddyfile);
        while (matcher.find()) {
            matchers.put(matcher.group(1), Pattern.compile(matcher.group(2)));
        }
        List<Route> routes = new ArrayList<>();
        Matcher handle = Pattern.compile("(?s)handle @(\\w+) \\{\\s*reverse_proxy ([\\w-]+):\\d+").matcher(caddyfile);
        while (handle.find()) {
            if (matchers.containsKey(handle.group(1))) { // not Keycloak's @public (a path matcher on its own host)
                routes.add(new Route(matchers.get(handle.group(1)), handle.group(2)));
            }
        }
        return routes;
    }

    /** The API host's paths as ingress-nginx orders regex locations: longest first. */
    private static List<Route> ingressRoutes() {
        Map<String, Object> ingress = Yaml.single(Deployments.K8S.resolve("base/ingress.yaml"));
        assertEquals("true", Yaml.text(ingress, "metadata", "annotations", "nginx.ingress.kubernetes.io/use-regex"));
        List<Route> routes = new ArrayList<>();
        for (Object rule : Yaml.list(ingress, "spec", "rules")) {
            for (Object path : Yaml.list(rule, "http", "paths")) {
                String route = Yaml.text(path, "path");
                if (route.startsWith("/api/")) {
                    routes.add(new Route(Pattern.compile("^" + route), Yaml.text(path, "backend", "service", "name")));
                }
            }
        }
        routes.sort(Comparator.comparingInt((Route route) -> route.path().pattern().length()).reversed());
        return routes;
    }

    private static String route(List<Route> routes, String path) {
        return routes.stream().filter(route -> route.path().matcher(path).find()).map(Route::service).findFirst().orElse(null);
    }

    private static void assertRoutesSamples(String where, List<Route> routes) {
        List<String> problems = new ArrayList<>();
        SAMPLES.forEach((path, service) -> {
            String routed = route(routes, path);
            if (!java.util.Objects.equals(routed, service)) {
                problems.add(where + ": " + path + " goes to " + routed + ", not " + service);
            }
        });
        assertNoProblems(problems);
    }

    @Test
    void shouldRouteEachApiPathToItsServiceBehindCaddy() {
        List<Route> routes = caddyRoutes();
        assertEquals(3, routes.size(), "one route per service in the Caddyfile");
        assertRoutesSamples("Caddyfile", routes);
    }

    @Test
    void shouldRouteEachApiPathToItsServiceBehindTheIngress() {
        List<Route> routes = ingressRoutes();
        assertEquals(3, routes.size(), "one path per service on the API host of the Ingress");
        assertRoutesSamples("Ingress", routes);
    }

    /** Every path each service's OpenAPI document declares reaches that service, through Caddy and the Ingress. */
    @Test
    void shouldRouteEveryDocumentedPathToTheServiceThatDocumentsIt() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String service : List.of("directive-service", "plan-service", "reporting-service")) {
            Path document = Repository.path(service + "/target/openapi/openapi.yaml");
            Assumptions.assumeTrue(Files.isRegularFile(document),
                    "the services' OpenAPI documents are written when they are packaged; not built: " + document);
            for (String path : Yaml.map(Yaml.single(document), "paths").keySet()) {
                String concrete = path.replaceAll("\\{[^}]+}", "X1");
                for (var table : Map.of("Caddyfile", caddyRoutes(), "Ingress", ingressRoutes()).entrySet()) {
                    String routed = route(table.getValue(), concrete);
                    if (!service.equals(routed)) {
                        problems.add(table.getKey() + ": " + path + " of " + service + " goes to " + routed);
                    }
                }
                checked++;
            }
        }
        assertNoProblems(problems);
        org.junit.jupiter.api.Assertions.assertTrue(checked > 30, "too few paths checked: " + checked);
    }
}
