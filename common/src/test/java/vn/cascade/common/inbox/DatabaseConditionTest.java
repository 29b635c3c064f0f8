package vn.cascade.common.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures of an event's transaction are the database's passing condition (retry) and which the event's (dead letter). */
class DatabaseConditionTest {

    @Test
    void shouldRetryWhileTheDatabaseRestartsIsFullOrBusy() {
        for (String state : new String[] {"08006", "57P01", "57P03", "53300", "40001", "40P01"}) {
            assertTrue(EventConsumer.isDatabaseUnavailable(new PersistenceException("wrapped",
                    new SQLException("the server says " + state, state))), state);
        }
        assertTrue(EventConsumer.isDatabaseUnavailable(new SQLException("Sorry, acquisition timeout!")));
        assertTrue(EventConsumer.isDatabaseUnavailable(new OptimisticLockException("a newer version was written")));
    }

    @Test
    void shouldDeadLetterWhatNoRetryCanMend() {
        assertFalse(EventConsumer.isDatabaseUnavailable(new PersistenceException("unique",
                new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(EventConsumer.isDatabaseUnavailable(new SQLException("value too long", "22001")));
        assertFalse(EventConsumer.isDatabaseUnavailable(new IllegalArgumentException("unexpected event type")));
    }
}
