package org.rollcall.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL server of a test's own, from the machine's Debian packages, started and stopped by
 * {@code src/test/databases/database.sh} (by PID): real PostgreSQL, which a test may also crash and restart.
 */
public final class DatabaseServer implements AutoCloseable {

    private static final String SCRIPT = System.getProperty("rollcall.it.database-script",
            "src/test/databases/database.sh");

    private final Path directory;
    private final int port;

    private DatabaseServer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** Starts a PostgreSQL server in {@code target/db/<name>} on a free port, with an empty database. */
    public static DatabaseServer postgresql(String name) {
        Path directory = Path.of(System.getProperty("rollcall.it.databases", "target/db")).resolve(name);
        DatabaseServer server = new DatabaseServer(directory, ServerNode.freePort());
        server.start();
        server.run("reset", "postgresql", directory.toString());
        return server;
    }

    public void start() {
        run("start", "postgresql", directory.toString(), Integer.toString(port));
    }

    /** SIGKILL: the database is gone at once, as in a crash or a lost network. */
    public void kill() {
        run("kill", directory.toString());
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/rollcall";
    }

    /** What Rollcall needs to use this database. */
    public Map<String, String> settings() {
        return Map.of("ROLLCALL_DB_URL", url(), "ROLLCALL_DB_USER", "rollcall", "ROLLCALL_DB_PASSWORD", "rollcall");
    }

    /** What a Rollcall node of a test needs to run on this database, named {@code node}. */
    public Map<String, String> nodeSettings(String node) {
        Map<String, String> settings = new HashMap<>(settings());
        settings.putAll(Map.of("ROLLCALL_NODE", node, "ROLLCALL_DEMO", "true",
                "ROLLCALL_ADMIN_PASSWORD", "it-admin-secret", "ROLLCALL_TRUSTED_PROXIES", "127.0.0.1,::1",
                "ROLLCALL_SECURE_COOKIE", "false"));
        return settings;
    }

    /** A connection of the test's own, to look at rows or to make some. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "rollcall", "rollcall");
    }

    /** The one number a query such as {@code SELECT COUNT(*) ...} answers. */
    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement update = connection.prepareStatement(sql)) {
            bind(update, parameters);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    @Override
    public void close() {
        run("stop", directory.toString());
    }

    private void run(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("database.sh " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
