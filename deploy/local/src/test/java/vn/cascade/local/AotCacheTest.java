package vn.cascade.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {

    @TempDir
    Path dir;

    @Test
    void shouldNameOneCachePerBuildAndOptionsAndUseItOnlyOnceWritten() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "AOT caches need JDK 25");
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        List<String> jvm = List.of("-XX:+UseSerialGC");
        AotCache cache = AotCache.of(dir, "plan", "java", jvm, jar);

        assertEquals(List.of(), cache.options());
        Files.writeString(cache.file(), "cache");
        assertEquals(List.of("-XX:AOTCache=" + cache.file()), cache.options());
        assertEquals(cache.file(), AotCache.of(dir, "plan", "java", jvm, jar).file());

        assertNotEquals(cache.file(), AotCache.of(dir, "plan", "java", List.of("-XX:+UseParallelGC"), jar).file());
        assertNotEquals(cache.file(), AotCache.of(dir, "reporting", "java", jvm, jar).file());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        AotCache rebuilt = AotCache.of(dir, "plan", "java", jvm, jar);
        assertNotEquals(cache.file(), rebuilt.file());
        assertEquals(List.of(), rebuilt.options());
    }

    @Test
    void shouldGiveNoCacheBeforeJdk25() throws Exception {
        assumeTrue(Runtime.version().feature() < 25);
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "jar");
        assertNull(AotCache.of(dir, "plan", "java", List.of(), jar));
    }
}
