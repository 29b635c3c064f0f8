package vn.cascade.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's restart mode on a real child process that dies at once, with a clock the test moves. */
class RestartsTest {

    @TempDir
    Path dir;

    @Test
    void shouldDoubleTheBackoffUpToThirtySeconds() {
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L), java.util.stream.IntStream.rangeClosed(1, 7)
                .mapToObj(Restarts::backoff).map(Duration::toSeconds).toList());
    }

    @Test
    void shouldRestartADeadChildAfterItsBackoffAndAppendToItsLog() throws Exception {
        AtomicLong now = new AtomicLong(0);
        Restarts restarts = new Restarts(new Progress(), now::get);
        Path log = dir.resolve("logs/child.log");
        ChildProcess child = ChildProcess.start("child", List.of("sh", "-c", "echo run; exit 3"), Map.of(), dir, log);
        assertTrue(waitForExit(child));
        assertEquals(3, child.exitValue());

        assertNull(restarts.onDead(child), "the first death schedules the restart");
        now.addAndGet(Duration.ofMillis(900).toNanos());
        assertNull(restarts.onDead(child), "1 s back-off not yet over");
        now.addAndGet(Duration.ofMillis(200).toNanos());
        ChildProcess second = restarts.onDead(child);
        assertNotNull(second);
        assertNotEquals(child.pid(), second.pid());
        assertTrue(waitForExit(second));

        // Dead again at once: the back-off doubles.
        assertNull(restarts.onDead(second));
        now.addAndGet(Duration.ofMillis(1500).toNanos());
        assertNull(restarts.onDead(second), "2 s back-off not yet over");
        now.addAndGet(Duration.ofMillis(600).toNanos());
        ChildProcess third = restarts.onDead(second);
        assertNotNull(third);
        assertTrue(waitForExit(third));

        // Up for more than a minute before dying: a new series, 1 s again.
        now.addAndGet(Restarts.STABLE.toNanos() + 1);
        assertNull(restarts.onDead(third));
        now.addAndGet(Duration.ofMillis(1100).toNanos());
        ChildProcess fourth = restarts.onDead(third);
        assertNotNull(fourth);
        assertTrue(waitForExit(fourth));
        assertEquals(4, Files.readAllLines(log).stream().filter("run"::equals).count(), "every run appended to the log");
    }

    private static boolean waitForExit(ChildProcess child) throws InterruptedException {
        for (int i = 0; i < 100 && child.isAlive(); i++) {
            Thread.sleep(50);
        }
        return !child.isAlive();
    }
}
