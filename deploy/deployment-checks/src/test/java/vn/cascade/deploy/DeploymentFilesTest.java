package vn.cascade.deploy;

import static vn.cascade.deploy.Deployments.assertNoProblems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every YAML file under deploy/compose and deploy/k8s parses, and every overlay renders. */
class DeploymentFilesTest {

    @Test
    void shouldParseEveryDeploymentFile() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Deployments.COMPOSE, Deployments.K8S)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        for (Path file : files) {
            String relative = Repository.ROOT.relativize(file).toString();
            try {
                List<Object> documents = Yaml.documents(file);
                if (documents.isEmpty()) {
                    problems.add(relative + ": empty");
                }
                for (Object document : documents) {
                    // A list is a JSON 6902 patch; every mapping is a resource or a kustomization.
                    if (file.startsWith(Deployments.K8S) && document instanceof Map<?, ?> map
                            && (map.get("apiVersion") == null || map.get("kind") == null)) {
                        problems.add(relative + ": a document without apiVersion or kind");
                    }
                }
            } catch (RuntimeException e) {
                problems.add(relative + ": " + e.getMessage());
            }
        }
        if (files.size() < 10) {
            problems.add("only " + files.size() + " YAML files found under deploy/");
        }
        assertNoProblems(problems);
    }

    @Test
    void shouldRenderEveryOverlayWithUniqueResources() {
        List<String> problems = new ArrayList<>();
        for (Path overlay : Deployments.overlays()) {
            String name = Repository.ROOT.relativize(overlay).toString();
            try {
                List<Map<String, Object>> resources = Kustomize.render(overlay);
                List<String> identities = resources.stream()
                        .map(resource -> resource.get("kind") + "/" + Kustomize.name(resource)).toList();
                identities.stream().filter(identity -> identities.indexOf(identity) != identities.lastIndexOf(identity))
                        .distinct().forEach(identity -> problems.add(name + ": " + identity + " twice"));
            } catch (RuntimeException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        assertNoProblems(problems);
    }
}
