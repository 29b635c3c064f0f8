package vn.cascade.common.kept;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What is kept is dropped when another connection (another replica) commits a change notice, kept when it rolls
 * back, and nothing is kept while the listening connection is lost; after it is back, everything is read anew.
 */
@QuarkusTest
class TableChangesTest {

    @Inject
    TableChanges changes;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldDropOnACommittedNoticeOnlyAndBypassWhileNotListening() throws Exception {
        KeptValues<String, Integer> kept = changes.keep("test values", 10, "kept_test");
        AtomicInteger reads = new AtomicInteger();
        await().atMost(Duration.ofSeconds(10)).until(changes::listening);
        assertEquals(1, kept.get("a", reads::incrementAndGet));
        assertEquals(1, kept.get("a", reads::incrementAndGet)); // kept

        notice(false); // rolled back: no notice
        assertEquals(1, kept.get("a", reads::incrementAndGet));
        notice(true);
        await().atMost(Duration.ofSeconds(5)).until(() -> kept.size() == 0);
        assertEquals(2, kept.get("a", reads::incrementAndGet));

        // the listening connection ends (a restart of PostgreSQL, a network cut): from then on nothing is kept
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE pid <> pg_backend_pid() AND datname = current_database() AND query = 'LISTEN "
                    + TableChanges.CHANNEL + "'");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !changes.listening());
        assertEquals(0, kept.size());
        assertEquals(3, kept.get("a", reads::incrementAndGet));
        assertEquals(4, kept.get("a", reads::incrementAndGet)); // not kept: a change now would not reach it
        // back: kept again
        await().atMost(Duration.ofSeconds(10)).until(changes::listening);
        assertEquals(5, kept.get("a", reads::incrementAndGet));
        assertEquals(5, kept.get("a", reads::incrementAndGet));
        assertFalse(kept.readFrom("organization"));
    }

    /** What a trigger does in a writing transaction of another replica. */
    private void notice(boolean commit) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_notify('" + TableChanges.CHANNEL + "', 'kept_test')");
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }
}
