package org.rollcall.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.DatabaseServer;
import org.rollcall.testing.Eventually;
import org.rollcall.testing.Migrations;
import org.rollcall.testing.ServerNode;
import org.rollcall.testing.SimultaneousSignIns;

/**
 * Two Rollcall servers on one PostgreSQL database, as a site behind a load balancer runs them: both started at
 * once on an empty database, then the limit, ending a session, a crashed node and the sweep across the two.
 * Both are the shipped WAR on Payara Micro, configured by {@code ROLLCALL_DB_URL} alone.
 */
class SeveralNodesIT {

    private static final Pattern SWEPT = Pattern.compile("Removed ([\\d,]+) expired session row");
    private static final Pattern APPLIED = Pattern.compile("\\b(\\d+) migration\\(s\\) applied");

    private static DatabaseServer database;
    private static ServerNode nodeA;
    private static ServerNode nodeB;

    @BeforeAll
    static void startTwoNodesAtOnceOnAnEmptyDatabase() {
        database = DatabaseServer.postgresql("nodes");
        nodeA = ServerNode.launch("pg-node-a", settings("node-a"), List.of(), List.of());
        nodeB = ServerNode.launch("pg-node-b", settings("node-b"), List.of(), List.of());
        nodeA.awaitReady();
        nodeB.awaitReady();
    }

    @AfterAll
    static void stopNodesAndDatabase() {
        for (ServerNode node : new ServerNode[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void twoNodesStartingAtOnceOnAnEmptyDatabaseMigrateItOnce() throws SQLException {
        List<String> history = new ArrayList<>();
        try (Connection connection = database.connect();
                ResultSet rows = connection.createStatement().executeQuery(
                        "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rows.next()) {
                history.add(rows.getString(1) + ":" + rows.getBoolean(2));
            }
        }
        assertEquals(Migrations.versions("postgresql").stream().map(version -> version + ":true").toList(), history,
                "each migration ran once, successfully");
        // Flyway holds its lock per migration, not per run: the node that waited may apply the later ones.
        assertEquals(history.size(), applied(nodeA.log()) + applied(nodeB.log()),
                "between them the nodes applied each migration once (and a restart finds them done)");
        String latest = history.get(history.size() - 1).split(":")[0];
        for (ServerNode node : List.of(nodeA, nodeB)) {
            assertTrue(node.log().contains("schema version " + latest), "each node knows the database's version");
            assertEquals(200, Browser.from(node.url(), "198.18.9.1").get("api/v1/health/ready").status(),
                    "so each is ready, whichever applied the last migration");
        }
        assertTrue(nodeA.log().contains("Rollcall uses jdbc:postgresql:"), "A runs on PostgreSQL");
        assertTrue(nodeB.log().contains("Rollcall uses jdbc:postgresql:"), "and so does B");
        assertFalse(Files.exists(ServerNode.derbyLog("pg-node-a")), "embedded Derby never started on A");
    }

    @Test
    void aLimitOfTenAdmitsExactlyTenOfSixtySimultaneousSignInsOverBothNodes() throws Exception {
        endEverySession();
        setSessionsLimit(10);
        try {
            List<Browser> browsers = new ArrayList<>();
            List<Page> loginPages = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Browser browser = Browser.from((i % 2 == 0 ? nodeA : nodeB).url(), "198.18.7." + (i + 1));
                browsers.add(browser);
                loginPages.add(browser.get("login.xhtml"));
            }
            List<String> users = List.of("alice", "bob", "carol", "dave");
            List<Page> results = SimultaneousSignIns.post(browsers, loginPages,
                    i -> Map.of("username", users.get(i % users.size()), "password", "demo"));

            long admitted = results.stream().filter(p -> p.path().endsWith("/app/home.xhtml")).count();
            long refused = results.stream().filter(p -> p.body().contains(
                    "There are more than 10 active user sessions. Please try again later.")).count();
            assertEquals(10, admitted, "exactly the limit is admitted");
            assertEquals(50, refused, "every other sign-in is refused with the limit's message");
            assertEquals(10, liveSessions(), "and exactly ten rows are live");
        } finally {
            setSessionsLimit(null);
        }
    }

    @Test
    void aSessionEndedOnNodeAIsSignedOutAtItsNextClickOnNodeB() throws SQLException {
        Browser carol = Browser.from(nodeB.url(), "198.18.8.1");
        assertTrue(carol.signIn("carol", "demo").path().endsWith("/app/home.xhtml"), "carol signs in on B");
        Browser manager = Browser.from(nodeA.url(), "198.18.8.2");
        manager.signIn("admin", "it-admin-secret");

        Page grid = manager.get("app/site/sessions.xhtml");
        Page filtered = manager.submit(grid, "sessions", "filter", Map.of("user", "carol"));
        manager.submit(filtered, "sessions", "table:0:endAllOfUser", Map.of("user", "carol"));

        assertEquals(0, liveSessionsOf("carol"), "carol's row has ended");
        Page next = carol.get("app/home.xhtml");
        assertTrue(next.isSignInPage(), "carol's next click on B lands on the sign-in page: " + next);
        assertTrue(next.body().contains("Your session was ended by a site manager."), "told why: " + next);
    }

    @Test
    void aKilledNodeEndsOnlyItsOwnLeftoverRowsWhenItComesBack() throws SQLException {
        Browser daveOnA = Browser.from(nodeA.url(), "198.18.9.1");
        Browser bobOnB = Browser.from(nodeB.url(), "198.18.9.2");
        assertTrue(daveOnA.signIn("dave", "demo").path().endsWith("/app/home.xhtml"));
        assertTrue(bobOnB.signIn("bob", "demo").path().endsWith("/app/home.xhtml"));
        List<String> liveOnA = liveIdsOf("node-a");
        List<String> liveOnB = liveIdsOf("node-b");

        nodeB.kill();
        nodeB = nodeB.restart();

        assertTrue(liveIdsOf("node-b").isEmpty(), "B's leftover rows are ended");
        for (String id : liveOnB) {
            assertEquals("SERVER_RESTARTED", endReasonOf(id), "as ended by B's restart");
        }
        assertEquals(liveOnA, liveIdsOf("node-a"), "A's rows are untouched");
        assertTrue(daveOnA.get("app/home.xhtml").path().endsWith("/app/home.xhtml"), "dave works on at A");
    }

    @Test
    void bothNodesSweepingAtOnceDeleteEveryExpiredRowOnceWithoutAnError() throws SQLException {
        int beforeA = nodeA.log().length();
        int beforeB = nodeB.log().length();
        String marker = "expired-" + UUID.randomUUID();
        int inserted = insertExpiredRows(20_000, marker); // 200 batches of 100: long enough for both timers to overlap

        Eventually.await("the sweepers delete every expired row", Duration.ofMinutes(2), () -> countByAgent(marker),
                count -> count == 0);
        int swept = Eventually.await("both sweeps have reported", Duration.ofSeconds(30),
                () -> swept(nodeA.log().substring(beforeA)) + swept(nodeB.log().substring(beforeB)),
                rows -> rows >= inserted);

        String sweptOnA = nodeA.log().substring(beforeA);
        String sweptOnB = nodeB.log().substring(beforeB);
        assertEquals(inserted, swept, "each row deleted once, by one node or the other (A " + swept(sweptOnA)
                + ", B " + swept(sweptOnB) + ")");
        assertFalse((sweptOnA + sweptOnB).contains("SEVERE"), "no error on either node");
    }


    @Test
    void bothNodesRecordingUsageEveryTwoSecondsCountEachSignInAndRefusalOnce() throws Exception {
        LocalDateTime hour = anHourWithTimeToSpare();
        assertTrue(Browser.from(nodeA.url(), "198.18.10.1").signIn("alice", "demo").path().endsWith("/app/home.xhtml"));
        assertTrue(Browser.from(nodeB.url(), "198.18.10.2").signIn("bob", "demo").path().endsWith("/app/home.xhtml"));
        assertTrue(Browser.from(nodeB.url(), "198.18.10.3").signIn("nobody-" + UUID.randomUUID(), "a-guess")
                .isSignInPage());

        // Each node recounts this hour from the log after each of its sweeps, every 2 s.
        Eventually.await("the hour's row agrees with the log", Duration.ofSeconds(30), () -> usageAgainstLog(hour),
                counts -> counts.get(0).equals(counts.get(1)) && counts.get(2).equals(counts.get(3)));
        Thread.sleep(5_000); // a few more rounds of both nodes

        List<Long> counts = usageAgainstLog(hour);
        assertEquals(counts.get(1), counts.get(0), "sign-ins: as many as the log has, however often both recorded");
        assertEquals(counts.get(3), counts.get(2), "refusals: likewise");
        assertTrue(counts.get(1) >= 2 && counts.get(3) >= 1, "alice's, bob's and the guess among them: " + counts);
    }

    /** The hour's sign-ins in usage_hour and in the log, then its refusals in each. */
    private static List<Long> usageAgainstLog(LocalDateTime hour) {
        Timestamp from = Timestamp.valueOf(hour);
        Timestamp to = Timestamp.valueOf(hour.plusHours(1));
        String logged = "SELECT COUNT(*) FROM activity_event WHERE kind = ? AND occurred_at >= ? AND occurred_at < ?";
        try {
            return List.of(
                    database.count("SELECT COALESCE(MAX(sign_ins), -1) FROM usage_hour WHERE hour_start = ?", from),
                    database.count(logged, "SIGNED_IN", from, to),
                    database.count("SELECT COALESCE(MAX(refusals), -1) FROM usage_hour WHERE hour_start = ?", from),
                    database.count(logged, "SIGN_IN_REFUSED", from, to));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current hour (UTC), after waiting out its last 30 seconds: the test's events all fall in it. */
    private static LocalDateTime anHourWithTimeToSpare() throws InterruptedException {
        LocalDateTime now = utcNow();
        LocalDateTime next = now.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        if (Duration.between(now, next).toSeconds() < 30) {
            Thread.sleep(Duration.between(now, next).toMillis() + 100);
        }
        return utcNow().truncatedTo(ChronoUnit.HOURS);
    }

    /** Both nodes sweep every 2 s, in batches of 100, so their sweeps overlap. */
    private static Map<String, String> settings(String node) {
        Map<String, String> settings = new HashMap<>(database.nodeSettings(node));
        settings.putAll(Map.of("ROLLCALL_SWEEP_INTERVAL", "2s", "ROLLCALL_SWEEP_BATCH", "100"));
        return settings;
    }

    private static void endEverySession() throws SQLException {
        database.update("UPDATE user_session SET ended_at = ?, end_reason = 'ENDED_BY_MANAGER' WHERE ended_at IS NULL",
                Timestamp.valueOf(utcNow()));
    }

    private static void setSessionsLimit(Integer limit) throws SQLException {
        database.update("UPDATE site_limits SET sessions_limit = ?, live_bound = NULL", limit); // as the settings page does
    }

    private static long liveSessions() throws SQLException {
        return database.count("SELECT COUNT(*) FROM user_session WHERE ended_at IS NULL AND expires_at > ?",
                Timestamp.valueOf(utcNow()));
    }

    private static long liveSessionsOf(String username) throws SQLException {
        return database.count("SELECT COUNT(*) FROM user_session s JOIN account a ON a.id = s.account_id "
                + "WHERE a.username = ? AND s.ended_at IS NULL AND s.expires_at > ?", username,
                Timestamp.valueOf(utcNow()));
    }

    private static long countByAgent(String userAgent) {
        try {
            return database.count("SELECT COUNT(*) FROM user_session WHERE user_agent = ?", userAgent);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> liveIdsOf(String node) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM user_session WHERE node = ? AND ended_at IS NULL AND expires_at > ? ORDER BY id")) {
            query.setString(1, node);
            query.setTimestamp(2, Timestamp.valueOf(utcNow()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static String endReasonOf(String id) throws SQLException {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT end_reason FROM user_session WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static int insertExpiredRows(int count, String marker) throws SQLException {
        LocalDateTime now = utcNow();
        try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO user_session (id, account_id, username, login_at, last_activity, expires_at, node, "
                        + "version, user_agent) SELECT ?, id, username, ?, ?, ?, 'elsewhere', 0, ? FROM account "
                        + "WHERE username = 'alice'")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setTimestamp(2, Timestamp.valueOf(now.minusHours(2)));
                insert.setTimestamp(3, Timestamp.valueOf(now.minusHours(2)));
                insert.setTimestamp(4, Timestamp.valueOf(now.minusMinutes(1)));
                insert.setString(5, marker);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return count;
    }



    private static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static int swept(String log) {
        int rows = 0;
        Matcher matcher = SWEPT.matcher(log);
        while (matcher.find()) {
            rows += Integer.parseInt(matcher.group(1).replace(",", "")); // the log groups thousands
        }
        return rows;
    }

    /** The migrations a node's log says it applied, over all its starts. */
    private static int applied(String log) {
        int applied = 0;
        Matcher matcher = APPLIED.matcher(log);
        while (matcher.find()) {
            applied += Integer.parseInt(matcher.group(1));
        }
        return applied;
    }
}
