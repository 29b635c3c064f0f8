package vn.cascade.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where kubectl happens to be installed, its built-in kustomize renders each overlay exactly as
 * {@link Kustomize} does, so the checks read what a cluster would get. Skipped elsewhere; nothing is downloaded.
 */
class KubectlKustomizeTest {

    static List<Path> overlays() {
        return Deployments.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRenderLikeKubectlKustomize(Path overlay) throws Exception {
        Path output = Files.createTempFile("kustomize", ".yaml");
        try {
            Process kubectl;
            try {
                kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString())
                        .redirectOutput(output.toFile()).redirectErrorStream(false).start();
            } catch (IOException e) {
                assumeTrue(false, "kubectl is not installed");
                return;
            }
            assumeTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
            String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, kubectl.exitValue(), "kubectl kustomize failed: " + errors);

            assertEquals(sorted(Yaml.copy(Kustomize.manifests(output))), sorted(Yaml.copy(Kustomize.render(overlay))));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static List<Map<String, Object>> sorted(List<Map<String, Object>> resources) {
        return resources.stream()
                .sorted(Comparator.comparing(resource -> resource.get("kind") + "/" + Kustomize.name(resource)))
                .toList();
    }
}
