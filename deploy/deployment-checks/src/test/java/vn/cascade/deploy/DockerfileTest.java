package vn.cascade.deploy;

import static vn.cascade.deploy.Deployments.assertNoProblems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each service's src/main/docker/Dockerfile.jvm: the fast-jar layout on a Java 25 runtime with an AOT cache of the
 * start written by the image's own JDK and used by run-java.sh's command, not as root.
 */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\S+)");
    private static final Pattern AOT_TRAINING = Pattern.compile(
            "(?s)\\nRUN java [^\\n]*-XX:AOTCacheOutput=/deployments/app\\.aot .*-jar /deployments/quarkus-run\\.jar;"
                    + "\\s*\\\\?\\s*test -s /deployments/app\\.aot");

    @Test
    void shouldPackageEveryServiceFromTheFastJarOnAJava25RuntimeWithAnAotCacheAsNonRoot() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : ServiceConfig.all()) {
            Path dockerfile = Repository.path(service.name()).resolve("src/main/docker/Dockerfile.jvm");
            if (!Files.isRegularFile(dockerfile)) {
                problems.add(service.name() + ": no src/main/docker/Dockerfile.jvm");
                continue;
            }
            String text = Repository.read(dockerfile);
            Matcher from = FROM.matcher(text);
            if (!from.find() || !from.group(1).matches("registry\\.access\\.redhat\\.com/ubi9/openjdk-25(-runtime)?:[0-9.]+")) {
                problems.add(service.name() + ": base image must be a pinned UBI 9 OpenJDK 25 image");
            }
            // The cache is made in the image (a JDK of another build ignores it) and named in the options run-java.sh adds.
            if (!AOT_TRAINING.matcher(text).find()) {
                problems.add(service.name() + ": no RUN writing /deployments/app.aot (java -XX:AOTCacheOutput=… -jar "
                        + "/deployments/quarkus-run.jar; test -s /deployments/app.aot)");
            }
            if (!text.matches("(?s).*ENV JAVA_OPTS_APPEND=\"[^\"]*-XX:AOTCache=/deployments/app\\.aot[^\"]*\".*")) {
                problems.add(service.name() + ": JAVA_OPTS_APPEND does not use -XX:AOTCache=/deployments/app.aot");
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
