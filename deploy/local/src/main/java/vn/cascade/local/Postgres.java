package vn.cascade.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server of the stack, found as the tests find theirs (PostgresTestResource): the one
 * {@code CASCADE_LOCAL_PG_URL} names (JDBC URL of an admin database, with {@code CASCADE_LOCAL_PG_USER} and
 * {@code CASCADE_LOCAL_PG_PASSWORD}); else {@code localhost:5432} as {@code postgres}; else an embedded
 * PostgreSQL (zonky binaries) whose data stays in {@code .data/postgres}. {@code CASCADE_LOCAL_PG=embedded}
 * forces the embedded one. {@code CASCADE_LOCAL_DB_SUFFIX} names the databases apart (the smoke test uses
 * {@code _smoke}, so it never touches the data of a stack someone is using).
 */
final class Postgres implements AutoCloseable {

    private static final String SUFFIX = env("CASCADE_LOCAL_DB_SUFFIX").orElse("");
    static final List<String> DATABASES = List.of(database("directive"), database("plan"), database("reporting"));
    private static final String LOCAL_URL = "jdbc:postgresql://localhost:5432/postgres";

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String description;
    private final EmbeddedPostgres embedded;

    private Postgres(String adminUrl, String user, String password, String description, EmbeddedPostgres embedded) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.description = description;
        this.embedded = embedded;
    }

    static String database(String service) {
        if (!SUFFIX.matches("[a-z0-9_]*")) {
            throw new IllegalArgumentException("CASCADE_LOCAL_DB_SUFFIX may hold only a-z, 0-9 and _");
        }
        return "cascade_" + service + SUFFIX;
    }

    static Postgres locate(Path dataDir) throws IOException {
        if (!"embedded".equalsIgnoreCase(env("CASCADE_LOCAL_PG").orElse(""))) {
            Optional<String> configured = env("CASCADE_LOCAL_PG_URL");
            if (configured.isPresent()) {
                String user = env("CASCADE_LOCAL_PG_USER").orElse("postgres");
                Postgres server = new Postgres(configured.get(), user, env("CASCADE_LOCAL_PG_PASSWORD").orElse(""),
                        configured.get() + " as " + user + " (CASCADE_LOCAL_PG_URL)", null);
                server.problem().ifPresent(problem -> {
                    throw new IllegalStateException("The configured PostgreSQL " + configured.get() + " cannot be used: " + problem);
                });
                return server;
            }
            Postgres local = new Postgres(LOCAL_URL, "postgres", "", "localhost:5432 as postgres", null);
            if (local.problem().isEmpty()) {
                return local;
            }
        }
        Files.createDirectories(dataDir);
        EmbeddedPostgres started = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(Ports.choose("CASCADE_LOCAL_PG_PORT", 15432))
                .start();
        return new Postgres("jdbc:postgresql://localhost:" + started.getPort() + "/postgres", "postgres", "",
                "embedded PostgreSQL on localhost:" + started.getPort() + ", data in " + dataDir, started);
    }

    String description() {
        return description;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String urlOf(String database) {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query >= 0 ? adminUrl.substring(query) : "");
    }

    /** Creates the services' databases that are missing; says which it created. */
    List<String> createMissingDatabases() throws SQLException {
        try (Connection connection = connect()) {
            List<String> created = new java.util.ArrayList<>();
            for (String database : DATABASES) {
                try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    exists.setString(1, database);
                    try (ResultSet found = exists.executeQuery()) {
                        if (found.next()) {
                            continue;
                        }
                    }
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
                }
                created.add(database);
            }
            return created;
        }
    }

    /** For --reset on a server the stack does not own: drops only the three databases of the services. */
    void dropDatabases() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String database : DATABASES) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private Optional<String> problem() {
        try (Connection ignored = connect()) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    private Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(adminUrl, user, password);
    }

    private static Optional<String> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
