package vn.cascade.deploy;

import static vn.cascade.deploy.Deployments.assertNoProblems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each service's src/main/docker/Dockerfile.jvm: the fast-jar layout on a Java 21 runtime, not as root. */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)");

    @Test
    void shouldPackageEveryServiceFromTheFastJarOnAJava21RuntimeAsNonRoot() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : ServiceConfig.all()) {
            Path dockerfile = Repository.path(service.name()).resolve("src/main/docker/Dockerfile.jvm");
            if (!Files.isRegularFile(dockerfile)) {
                problems.add(service.name() + ": no src/main/docker/Dockerfile.jvm");
                continue;
            }
            String text = Repository.read(dockerfile);
            Matcher from = FROM.matcher(text);
            if (!from.find() || !from.group(1).matches("registry\\.access\\.redhat\\.com/ubi9/openjdk-21(-runtime)?:[0-9.]+")) {
                problems.add(service.name() + ": base image must be a pinned UBI 9 OpenJDK 21 image");
            }
            for (String layer : List.of("lib/", "*.jar", "app/", "quarkus/")) {
                if (!text.contains("COPY --chown=185 target/quarkus-app/" + layer)) {
                    problems.add(service.name() + ": does not copy target/quarkus-app/" + layer + " (fast-jar layout)");
                }
            }
            Matcher user = USER.matcher(text);
            String lastUser = null;
            while (user.find()) {
                lastUser = user.group(1);
            }
            if (lastUser == null || lastUser.equals("root") || lastUser.equals("0")) {
                problems.add(service.name() + ": runs as " + lastUser + "; the last USER must be unprivileged");
            }
            if (!text.contains("EXPOSE " + service.httpPort())) {
                problems.add(service.name() + ": does not expose its HTTP port " + service.httpPort());
            }
            if (!text.contains("/deployments/quarkus-run.jar")) {
                problems.add(service.name() + ": does not run quarkus-run.jar");
            }
            Path dockerignore = Repository.path(service.name()).resolve(".dockerignore");
            if (!Files.isRegularFile(dockerignore) || !Repository.read(dockerignore).contains("!target/quarkus-app")) {
                problems.add(service.name() + ": .dockerignore must let only target/quarkus-app into the build context");
            }
        }
        assertNoProblems(problems);
    }
}
