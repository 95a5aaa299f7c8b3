package org.rollcall.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Migrations;
import org.rollcall.testing.ServerNode;

/**
 * A site that ran Rollcall 0.1 (schema by JPA schema generation, no migration history) upgrades: the database
 * is built here exactly as 0.1 made it ({@code legacy/rollcall-0.1-derby.sql}, read back from a real one),
 * with accounts, sessions and limits in it; then today's WAR starts on it.
 */
class SchemaTakeoverIT {

    private static final Path DATA_DIR = Path.of("target", "legacy-0.1").toAbsolutePath();
    private static final String ERINS_ADDRESS = "203.0.113.7";
    /** PBKDF2 hashes 0.1 wrote: "legacy-admin" for admin, "demo" for erin. */
    private static final String ADMIN_HASH = "PBKDF2WithHmacSHA512:210000:jlIKaaPWhhtbSBRx2m/ZrnKfN+mfq0HnWVVcZ3yj1Ps="
            + ":M7TOP9zi1Jr3igQkBD6ue6irzagtsZcaquLF9wtkFxE=";
    private static final String ERIN_HASH = "PBKDF2WithHmacSHA512:210000:DPsAnQg6voieW7R4p5jP2IjROcrN4ZJT8NrTQ4U3p6E="
            + ":5NS96Pc9pPEpwVr/yJx+yIK07ATouFzApMFH2zQHLBQ=";

    private static ServerNode node;

    @BeforeAll
    static void startTodaysReleaseOnADatabaseMadeByRelease01() throws Exception {
        createDatabaseAsRelease01Did();
        node = ServerNode.start("takeover", Map.of("ROLLCALL_DATA_DIR", DATA_DIR.toString(),
                "ROLLCALL_TRUSTED_PROXIES", "127.0.0.1,::1", "ROLLCALL_SECURE_COOKIE", "false"), List.of(), List.of());
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void theDatabaseIsTakenOverAsVersionOneAndMigratedOnFromThere() {
        List<Integer> versions = Migrations.versions("derby");
        String expected = "schema version " + versions.get(versions.size() - 1) + " (a database made by Rollcall 0.1, "
                + "taken over as version 1, then " + (versions.size() - 1) + " migration(s) applied)";
        assertTrue(node.log().contains(expected), "the node says what it did: " + expected);
    }

    @Test
    void accountsSessionsAndLimitsOfRelease01AreAllThere() {
        Browser admin = Browser.from(node.url(), "198.18.11.1");
        assertTrue(admin.signIn("admin", "legacy-admin").path().endsWith("/app/home.xhtml"),
                "admin signs in with the password 0.1 stored");

        Page sessions = admin.get("app/site/sessions.xhtml");
        assertTrue(sessions.body().contains(ERINS_ADDRESS), "erin's session from before the upgrade is live");
        Page settings = admin.get("app/site/settings.xhtml");
        assertTrue(settings.body().matches("(?s).*id=\"settings:sessionsLimit\"[^>]*value=\"7\".*")
                || settings.body().matches("(?s).*value=\"7\"[^>]*id=\"settings:sessionsLimit\".*"),
                "the limit set under 0.1 is kept");
        assertTrue(settings.body().contains("former-manager"), "and so is the record of who set it");
        assertTrue(settings.body().contains("Empty: half the idle timeout, now 15 minutes."),
                "0.1 stored its fixed default of 60 minutes, which no manager chose: now it follows the idle timeout");
        assertFalse(settings.body().contains("before they could dangle"), "so no contradiction to warn about");
    }

    @Test
    void peopleOfRelease01SignInAsBefore() {
        Page erin = Browser.from(node.url(), "198.18.11.2").signIn("erin", "demo");
        assertTrue(erin.path().endsWith("/app/home.xhtml"), "erin signs in with the password 0.1 stored: " + erin);
    }

    private static void createDatabaseAsRelease01Did() throws IOException, SQLException {
        deleteRecursively(DATA_DIR);
        System.setProperty("derby.stream.error.file", "target/derby-legacy.log");
        String url = "jdbc:derby:" + DATA_DIR.resolve("rollcall");
        try (Connection connection = DriverManager.getConnection(url + ";create=true");
                Statement statement = connection.createStatement()) {
            String script = Files.readString(Path.of("src/test/resources/legacy/rollcall-0.1-derby.sql"));
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql.strip());
                }
            }
            insertRowsOfRelease01(connection);
        }
        try {
            DriverManager.getConnection(url + ";shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown of one database as SQLState 08006; it frees the directory
        }
    }

    private static void insertRowsOfRelease01(Connection connection) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO account (demo, display_name, enabled, password_hash, role, username) "
                    + "VALUES (0, 'Site manager', 1, '" + ADMIN_HASH + "', 'MANAGER', 'admin'), "
                    + "(0, 'Erin', 1, '" + ERIN_HASH + "', 'USER', 'erin')");
            statement.execute("INSERT INTO site_limits (site, dangling_minutes, dangling_policy, per_user_mode, "
                    + "sessions_limit, version) VALUES ('site', 60, 'COUNT', 'REFUSE', 7, 1)");
        }
        try (PreparedStatement session = connection.prepareStatement("INSERT INTO user_session (id, account_id, "
                + "login_at, last_activity, expires_at, ip_address, user_agent, node, version) SELECT "
                + "'0b7c1f3e-0000-4000-8000-000000000001', id, ?, ?, ?, ?, 'Mozilla/5.0 (X11; Linux x86_64) "
                + "Firefox/128.0', 'old-node:8080', 2 FROM account WHERE username = 'erin'");
                PreparedStatement change = connection.prepareStatement("INSERT INTO limit_change (id, changed_at, "
                        + "changed_by, setting, old_value, new_value) VALUES ('0b7c1f3e-0000-4000-8000-000000000002', "
                        + "?, 'former-manager', 'sessionsLimit', NULL, '7')")) {
            session.setTimestamp(1, Timestamp.valueOf(now.minusMinutes(20)));
            session.setTimestamp(2, Timestamp.valueOf(now.minusMinutes(5)));
            session.setTimestamp(3, Timestamp.valueOf(now.plusMinutes(26)));
            session.setString(4, ERINS_ADDRESS);
            session.executeUpdate();
            change.setTimestamp(1, Timestamp.valueOf(now.minusDays(1)));
            change.executeUpdate();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
