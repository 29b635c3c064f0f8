package vn.cascade.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's AOT cache (JDK 25+, JEP 483/514/515): the classes its start loads and links, written once per build of
 * the service by a training start pointed at no database (Quarkus's initialisation up to Flyway's first connection,
 * where it stops), then named by {@code -XX:AOTCache} on every start (docs/benchmarks.md, run 7d), as the images do. The
 * file's name carries a digest of the jar, the JVM options and the JDK, so a rebuild or other options train again; a
 * JDK older than 25 gets no cache. {@code CASCADE_LOCAL_AOT=off} turns it off.
 */
final class AotCache {

    private static final String NO_DATABASE = "jdbc:postgresql://127.0.0.1:1/aot-training";

    private final Path file;
    private final String java;
    private final List<String> jvm;
    private final Path jar;

    private AotCache(Path file, String java, List<String> jvm, Path jar) {
        this.file = file;
        this.java = java;
        this.jvm = jvm;
        this.jar = jar;
    }

    /** The cache of this service's jar run with these options, or null where the JDK has no AOT cache or it is off. */
    static AotCache of(Path dir, String service, String java, List<String> jvm, Path jar) throws IOException {
        if (Runtime.version().feature() < 25 || "off".equalsIgnoreCase(System.getenv("CASCADE_LOCAL_AOT"))) {
            return null;
        }
        String key = jar.toAbsolutePath() + "|" + Files.getLastModifiedTime(jar).toMillis() + "|" + Files.size(jar)
                + "|" + String.join(" ", jvm) + "|" + Runtime.version();
        return new AotCache(dir.resolve(service + "-service-" + digest(key) + ".aot"), java, jvm, jar);
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The option that uses the cache: none until it exists (a JVM given a cache that does not match warns and goes on). */
    List<String> options() {
        return exists() ? List.of("-XX:AOTCache=" + file) : List.of();
    }

    /** Writes the cache (a minute or two on a busy machine, once per build); false, with the reason in the log, if not. */
    boolean train(Path log, int timeoutSeconds) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        // Caches of earlier builds of this service: replaced by this one.
        String prefix = file.getFileName().toString().replaceAll("-[0-9a-f]+\\.aot$", "-");
        try (Stream<Path> old = Files.list(file.getParent())) {
            for (Path stale : old.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                Files.deleteIfExists(stale);
            }
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvm);
        // A port where nothing listens: the start fails at its first connection instead of migrating the stack's database.
        command.addAll(List.of("-XX:AOTCacheOutput=" + partial, "-Dquarkus.datasource.jdbc.url=" + NO_DATABASE,
                "-jar", jar.toString()));
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).directory(jar.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        // The start fails by design, so its exit code says nothing: the JVM writes the cache at exit all the same.
        if (ended && Files.isRegularFile(partial) && Files.size(partial) > 0) {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
        Files.deleteIfExists(partial);
        return false;
    }

    Path file() {
        return file;
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
