package vn.cascade.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The databases belong to the data folder (issue 21): on the PostgreSQL server of localhost:5432 (skipped where
 * there is none), with databases of its own so that no stack's data is touched.
 */
class DatabaseBindingTest {

    private static final String ADMIN = System.getenv().getOrDefault("CASCADE_TEST_PG_URL",
            "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = System.getenv().getOrDefault("CASCADE_TEST_PG_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("CASCADE_TEST_PG_PASSWORD", "");

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> databases = List.of("cascade_bindtest_directive_" + tag, "cascade_bindtest_plan_" + tag,
            "cascade_bindtest_reporting_" + tag);
    private Postgres server;

    @BeforeEach
    void givenAServer() {
        server = Postgres.at(ADMIN, USER, PASSWORD);
        assumeTrue(server.reachable(), "no PostgreSQL at " + ADMIN);
    }

    @AfterEach
    void dropTheTestDatabases() throws SQLException {
        if (server.reachable()) {
            server.drop(databases);
        }
    }

    @Test
    void shouldKeepTheDatabasesOfItsOwnFolderAndMakeThoseOfAnotherAfresh() throws SQLException {
        Postgres.Binding first = server.bind(databases, "cascade-local A", "cascade-local A /clone-a/.data", false);
        assertEquals(databases, first.created());
        assertTrue(first.fresh());

        assertFalse(server.bind(databases, "cascade-local A", "cascade-local A /clone-a/.data", false).fresh(),
                "the same folder again: the databases and their demo data are kept");

        // Folder A's demo data is there; a second clone (or A's .data deleted and made anew) is folder B.
        execute(databases.get(0), "CREATE TABLE demo_row (id int)");
        Postgres.Binding other = server.bind(databases, "cascade-local B", "cascade-local B /clone-b/.data", false);
        assertEquals(databases, other.recreated());
        assertEquals(List.of("cascade-local A /clone-a/.data"), other.formerOwners());
        assertThrows(SQLException.class, () -> execute(databases.get(0), "SELECT * FROM demo_row"),
                "made afresh: folder A's rows are gone");
        assertFalse(server.bind(databases, "cascade-local B", "cascade-local B /clone-b/.data", false).fresh());
    }

    @Test
    void shouldNeverDropADatabaseSomeoneUses() throws SQLException {
        server.bind(databases, "cascade-local A", "cascade-local A /clone-a/.data", false);
        try (Connection inUse = DriverManager.getConnection(url(databases.get(1)), USER, PASSWORD)) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> server.bind(databases, "cascade-local B", "cascade-local B /clone-b/.data", false));
            assertTrue(refused.getMessage().contains("/clone-a/.data"), refused.getMessage());
        }
        assertFalse(server.bind(databases, "cascade-local A", "cascade-local A /clone-a/.data", false).fresh(),
                "folder A's databases were left alone");
    }

    @Test
    void shouldAdoptUnstampedDatabasesOnlyForAFolderOfAnEarlierLauncher() throws SQLException {
        server.bind(databases, "cascade-local A", "cascade-local A /clone-a/.data", false);
        for (String database : databases) {
            execute("postgres", "COMMENT ON DATABASE " + database + " IS NULL");
        }
        assertFalse(server.bind(databases, "cascade-local C", "cascade-local C /old/.data", true).fresh());
        assertTrue(server.bind(databases, "cascade-local D", "cascade-local D /new/.data", false).fresh());
    }

    private void execute(String database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(database), USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String url(String database) {
        return ADMIN.substring(0, ADMIN.lastIndexOf('/') + 1) + database;
    }
}
