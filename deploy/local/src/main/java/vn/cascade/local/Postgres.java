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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

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
    /** The embedded server's data directory; null for a server the stack does not start. */
    private final Path embeddedData;
    /** The embedded server while it runs: null between {@link #stopEmbedded} and {@link #startEmbedded}. */
    private EmbeddedPostgres embedded;
    private final int port;

    private Postgres(String adminUrl, String user, String password, String description, EmbeddedPostgres embedded,
            Path embeddedData) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.description = description;
        this.embedded = embedded;
        this.embeddedData = embeddedData;
        this.port = embedded != null ? embedded.getPort() : -1;
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
                        configured.get() + " as " + user + " (CASCADE_LOCAL_PG_URL)", null, null);
                server.problem().ifPresent(problem -> {
                    throw new IllegalStateException("The configured PostgreSQL " + configured.get() + " cannot be used: " + problem);
                });
                return server;
            }
            Postgres local = new Postgres(LOCAL_URL, "postgres", "", "localhost:5432 as postgres", null, null);
            if (local.problem().isEmpty()) {
                return local;
            }
        }
        Files.createDirectories(dataDir);
        EmbeddedPostgres started = embedded(dataDir, Ports.choose("CASCADE_LOCAL_PG_PORT", 15432));
        return new Postgres("jdbc:postgresql://localhost:" + started.getPort() + "/postgres", "postgres", "",
                "embedded PostgreSQL on localhost:" + started.getPort() + ", data in " + dataDir, started, dataDir);
    }

    /** An embedded server on {@code dataDir} (made by initdb the first time only) and {@code port}. */
    static Postgres startEmbedded(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres started = embedded(dataDir, port);
        return new Postgres("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "",
                "embedded PostgreSQL on localhost:" + port + ", data in " + dataDir, started, dataDir);
    }

    private static EmbeddedPostgres embedded(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky's 10 s are short on a loaded machine, and a restart may replay the WAL first
                .setPGStartupWait(Duration.ofSeconds(120))
                .start();
    }

    /**
     * Stops the embedded server as an operator's restart does ({@code pg_ctl stop -m fast}: every session ends with
     * 57P01, new ones are refused) and waits until its postmaster is gone. The fault suite's PostgreSQL restart.
     */
    synchronized void stopEmbedded() throws IOException {
        requireEmbedded();
        if (embedded == null) {
            return;
        }
        embedded.close();
        embedded = null;
        Path pid = embeddedData.resolve("postmaster.pid");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.exists(pid) || !Ports.isFree(port)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the embedded PostgreSQL did not stop within 60 s (" + pid + ")");
            }
            sleep(200);
        }
    }

    /** Starts the stopped embedded server again on the same data directory and port. */
    synchronized void startEmbedded() throws IOException {
        requireEmbedded();
        if (embedded == null) {
            embedded = embedded(embeddedData, port);
        }
    }

    /** Whether the embedded server runs (false between {@link #stopEmbedded} and {@link #startEmbedded}). */
    synchronized boolean embeddedRunning() {
        return embedded != null;
    }

    /** The port clients connect to (the embedded server's, else the one of the admin URL). */
    int port() {
        if (port > 0) {
            return port;
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("//[^/:]+:(\\d+)/").matcher(adminUrl);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 5432;
    }

    private void requireEmbedded() {
        if (embeddedData == null) {
            throw new IllegalStateException("only the embedded PostgreSQL can be stopped and started by the launcher");
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    String description() {
        return description;
    }

    boolean isEmbedded() {
        return embeddedData != null;
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

    /**
     * What binding the databases to the data folder did: the databases it created (missing), those it dropped and
     * created again because an earlier data folder had made them, and that folder's stamp.
     */
    record Binding(List<String> created, List<String> recreated, List<String> formerOwners) {

        boolean fresh() {
            return !created.isEmpty() || !recreated.isEmpty();
        }
    }

    /**
     * Binds the services' databases to the data folder whose stamp this is ({@code cascade-local <id> <folder>},
     * kept as each database's comment). When all three exist with this folder's stamp, they are kept (an unstamped
     * one, made before stamps existed, is adopted when the folder is of that time). Otherwise — one is missing, or
     * one was made for another data folder (this checkout's deleted {@code .data}, another clone on the same
     * server) — all three are dropped and created afresh, since their rows answer to another broker log and other
     * demo markers; unless someone is connected to one, which means another stack is using it: then nothing is
     * dropped and the start is refused.
     */
    Binding bindDatabases(String stampPrefix, String stamp, boolean adoptUnstamped) throws SQLException {
        return bind(DATABASES, stampPrefix, stamp, adoptUnstamped);
    }

    /** {@link #bindDatabases} for these databases (tests use their own). */
    Binding bind(List<String> databases, String stampPrefix, String stamp, boolean adoptUnstamped)
            throws SQLException {
        List<String> created = new ArrayList<>();
        List<String> recreated = new ArrayList<>();
        List<String> formerOwners = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            Map<String, Optional<Optional<String>>> found = new LinkedHashMap<>();
            boolean fresh = false;
            for (String database : databases) {
                Optional<Optional<String>> existing = comment(connection, database);
                found.put(database, existing);
                String comment = existing.flatMap(c -> c).orElse(null);
                boolean ours = comment != null ? comment.startsWith(stampPrefix) : existing.isPresent() && adoptUnstamped;
                fresh |= !ours;
                if (comment != null && !comment.startsWith(stampPrefix) && !formerOwners.contains(comment)) {
                    formerOwners.add(comment);
                }
            }
            if (fresh) {
                for (Map.Entry<String, Optional<Optional<String>>> entry : found.entrySet()) {
                    int sessions = entry.getValue().isPresent() ? sessions(connection, entry.getKey()) : 0;
                    if (sessions > 0) {
                        throw new IllegalStateException("The database " + entry.getKey() + " must be made afresh for "
                                + "this data folder (it was made for " + entry.getValue().get().orElse("an unstamped stack")
                                + "), but " + sessions + " session(s) are using it: stop the stack using it, or give "
                                + "this one its own databases with CASCADE_LOCAL_DB_SUFFIX=_<name>");
                    }
                }
                for (Map.Entry<String, Optional<Optional<String>>> entry : found.entrySet()) {
                    if (entry.getValue().isPresent()) {
                        statement.execute("DROP DATABASE " + entry.getKey() + " WITH (FORCE)");
                        recreated.add(entry.getKey());
                    } else {
                        created.add(entry.getKey());
                    }
                    statement.execute("CREATE DATABASE " + entry.getKey() + " ENCODING 'UTF8' TEMPLATE template0");
                }
            } else {
                formerOwners.clear();
            }
            for (String database : databases) {
                stamp(statement, database, stamp);
            }
        }
        return new Binding(created, recreated, formerOwners);
    }

    /** Empty when the database does not exist; else its comment, if any. */
    private static Optional<Optional<String>> comment(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? Optional.of(Optional.ofNullable(found.getString(1))) : Optional.empty();
            }
        }
    }

    private static int sessions(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
            query.setString(1, database);
            try (ResultSet found = query.executeQuery()) {
                found.next();
                return found.getInt(1);
            }
        }
    }

    private static void stamp(Statement statement, String database, String stamp) throws SQLException {
        statement.execute("COMMENT ON DATABASE " + database + " IS '" + stamp.replace("'", "''") + "'");
    }

    /** For --reset on a server the stack does not own: drops only the three databases of the services. */
    void dropDatabases() throws SQLException {
        drop(DATABASES);
    }

    void drop(List<String> databases) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String database : databases) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    /** A server the stack does not start (tests). */
    static Postgres at(String adminUrl, String user, String password) {
        return new Postgres(adminUrl, user, password, adminUrl + " as " + user, null, null);
    }

    boolean reachable() {
        return problem().isEmpty();
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
    public synchronized void close() throws IOException {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
