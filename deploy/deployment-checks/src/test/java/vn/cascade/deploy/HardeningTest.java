package vn.cascade.deploy;

import static vn.cascade.deploy.Deployments.assertNoProblems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hardened deployment of issue 16 (docs/decisions.md, Hardened deployment): no open door in compose or a
 * production overlay. Each check names the file and what is wrong, so that a failure says what to fix.
 */
class HardeningTest {

    static final String STRIMZI_GROUP = "kafka.strimzi.io/";
    static final String STRIMZI_API = "kafka.strimzi.io/v1";

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

    static List<Path> yamlFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
