package org.rollcall.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.testing.Api;
import org.rollcall.testing.Api.Answer;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.DatabaseServer;
import org.rollcall.testing.Eventually;
import org.rollcall.testing.ServerNode;

/**
 * Rollcall and a PostgreSQL database that isn't there: a refused password at start, a database that comes up
 * after Rollcall, and one that goes away while people work. The database is a real PostgreSQL server of this
 * test's own, crashed with SIGKILL and started again.
 */
class DatabaseOutageIT {

    private static DatabaseServer database;

    @BeforeAll
    static void startDatabase() {
        database = DatabaseServer.postgresql("outage");
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aRefusedPasswordAtStartIsOneClearLineNamingTheSettingsNotStackTraces() {
        Map<String, String> wrongPassword = database.nodeSettings("outage-password");
        wrongPassword.put("ROLLCALL_DB_PASSWORD", "not-the-password");
        try (ServerNode node = ServerNode.launch("outage-password", wrongPassword, List.of(), List.of())) {
            String log = Eventually.await("Rollcall says why it can't start", Duration.ofMinutes(2), node::log,
                    text -> text.contains("Rollcall can't use its database"));

            assertTrue(log.contains("Rollcall can't use its database, " + database.url() + " (ROLLCALL_DB_URL) as "
                    + "user rollcall (ROLLCALL_DB_USER, password from ROLLCALL_DB_PASSWORD): FATAL: password "
                    + "authentication failed for user \"rollcall\""), "names the settings and the database's answer");
            assertFalse(log.contains("\tat "), "and prints no stack trace");
        }
    }

    @Test
    void rollcallWaitsForALateDatabaseThenRidesOutAnOutageWithoutLosingARow() throws SQLException {
        database.kill();
        try (ServerNode node = ServerNode.launch("outage", database.nodeSettings("outage"), List.of(), List.of())) {
            Eventually.await("Rollcall waits for the database", Duration.ofMinutes(2), node::log,
                    text -> text.contains("Rollcall can't use its database"));
            database.start();
            node.awaitReady();

            Api health = new Api(node.url());
            assertEquals(200, health.get("health/ready", Map.of()).status(), "ready once the database is there");
            Browser alice = Browser.from(node.url(), "198.18.10.1");
            assertTrue(alice.signIn("alice", "demo").path().endsWith("/app/home.xhtml"), "alice signs in");
            database.kill();

            Answer notReady = health.get("health/ready", Map.of());
            assertEquals(503, notReady.status(), "a load balancer is told to send no traffic: " + notReady);
            assertEquals("{\"status\":\"DOWN\"}", notReady.body().replace(" ", ""), "and nothing more");
            assertEquals(200, health.get("health/live", Map.of()).status(), "while the process itself is alive");

            Page refused = Browser.from(node.url(), "198.18.10.2").signIn("bob", "demo");
            assertTrue(refused.body().contains("Sign-in is unavailable, please try again shortly."),
                    "a sign-in says so: " + refused);
            Page unavailable = alice.get("app/home.xhtml");
            assertEquals(503, unavailable.status(), "a signed-in page answers 503");
            assertTrue(unavailable.body().contains("can't reach its database right now"),
                    "with a page that says why: " + unavailable);
            assertFalse(unavailable.body().contains("Exception"), "not a stack trace");

            database.start();
            Page back = Eventually.await("Rollcall recovers by itself", Duration.ofSeconds(30),
                    () -> alice.get("app/home.xhtml"), page -> page.status() == 200);
            assertTrue(back.path().endsWith("/app/home.xhtml"), "alice is still signed in: " + back);
            Eventually.await("ready again", Duration.ofSeconds(30), () -> health.get("health/ready", Map.of()),
                    answer -> answer.status() == 200);
            assertTrue(Browser.from(node.url(), "198.18.10.3").signIn("bob", "demo").path()
                    .endsWith("/app/home.xhtml"), "bob signs in now");
            assertEquals(1, liveRowsOf("alice"), "alice's row survived the outage");
            assertEquals(1, liveRowsOf("bob"), "bob's refused attempt left no row behind");
        }
    }

    private static long liveRowsOf(String username) throws SQLException {
        return database.count("SELECT COUNT(*) FROM user_session s JOIN account a ON a.id = s.account_id "
                + "WHERE a.username = ? AND s.ended_at IS NULL", username);
    }
}
