package vn.cascade.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;

/** What the checks share: the overlays, the Keycloak version of the local stack, problem reporting. */
final class Deployments {

    static final Path K8S = Repository.path("deploy/k8s");
    static final Path COMPOSE = Repository.path("deploy/compose");

    private Deployments() {
    }

    static List<Path> overlays() {
        try (Stream<Path> overlays = Files.list(K8S.resolve("overlays"))) {
            List<Path> found = overlays.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml"))).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("No overlay under deploy/k8s/overlays");
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Keycloak version deploy/local runs (KEYCLOAK_VERSION in deploy/local/run). */
    static String localKeycloakVersion() {
        Matcher version = Pattern.compile("(?m)^KEYCLOAK_VERSION=([0-9.]+)").matcher(Repository.read("deploy/local/run"));
        if (!version.find()) {
            throw new IllegalStateException("deploy/local/run no longer sets KEYCLOAK_VERSION");
        }
        return version.group(1);
    }

    /** The realm name of deploy/keycloak's export. */
    static String realmName() {
        return Yaml.text(RealmImports.realm(), "realm");
    }

    /** Host of a JDBC URL, a bootstrap list entry or an HTTP URL. */
    static String host(String address) {
        String value = address.startsWith("jdbc:") ? address.substring("jdbc:".length()) : address;
        if (!value.contains("://")) {
            value = "tcp://" + value.split(",")[0];
        }
        return URI.create(value).getHost();
    }

    static int port(String address) {
        String value = address.startsWith("jdbc:") ? address.substring("jdbc:".length()) : address;
        if (!value.contains("://")) {
            value = "tcp://" + value.split(",")[0];
        }
        return URI.create(value).getPort();
    }

    /** The database of a JDBC URL (jdbc:postgresql://host:5432/name?options). */
    static String database(String jdbcUrl) {
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        return path == null ? null : path.replaceFirst("^/", "");
    }

    static boolean pointsAtLoopback(String value) {
        return value.contains("localhost") || value.contains("127.0.0.1") || value.contains("[::1]");
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    static Map<String, Object> named(List<Map<String, Object>> resources, String kind, String name) {
        return resources.stream()
                .filter(resource -> kind.equals(resource.get("kind")) && Objects.equals(name, Kustomize.name(resource)))
                .findFirst().orElse(null);
    }

    static void assertNoProblems(List<String> problems) {
        Assertions.assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
    }
}
