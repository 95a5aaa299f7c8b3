package org.rollcall.lockout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.ServerNode;

/**
 * Two Rollcall servers on one database, as a site with a load balancer runs them: failed sign-ins counted on
 * one are counted on the other, so spreading guesses over the nodes gains an attacker nothing, and a manager
 * on either node lifts a lock for both.
 * <p>
 * Node A keeps the database (embedded Derby) and serves it over Derby's network protocol on loopback; node B
 * uses it through a connection pool defined in the server and named by {@code ROLLCALL_DB_JNDI}, as a site
 * whose server administrators own the datasources runs it. Both are the shipped WAR on Payara Micro, started
 * by this test.
 */
class LockoutAcrossNodesIT {

    private static final String LIBS = System.getProperty("derby.network.libs", "target/derby-network");
    private static final Map<String, String> COMMON = Map.of(
            "ROLLCALL_DATA_DIR", "memory:",
            "ROLLCALL_DEMO", "true",
            "ROLLCALL_ADMIN_PASSWORD", "it-admin-secret",
            "ROLLCALL_TRUSTED_PROXIES", "127.0.0.1,::1",
            "ROLLCALL_SECURE_COOKIE", "false",
            "ROLLCALL_SIGNIN_LOCKOUT", "10m");

    private static ServerNode nodeA;
    private static ServerNode nodeB;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        int databasePort = ServerNode.freePort();
        nodeA = ServerNode.start("node-a", with("ROLLCALL_NODE", "node-a"),
                List.of("-Dderby.drda.startNetworkServer=true", "-Dderby.drda.host=localhost",
                        "-Dderby.drda.portNumber=" + databasePort),
                List.of("--addlibs", LIBS, "--prebootcommandfile",
                        ServerNode.preBootCommands("node-a", List.of()).toString()));
        String pool = "create-jdbc-connection-pool --datasourceclassname=org.apache.derby.jdbc.ClientDataSource "
                + "--restype=javax.sql.DataSource --property=serverName=localhost:portNumber=" + databasePort
                + ":databaseName=memory\\:rollcall rollcall-shared";
        Map<String, String> viaJndi = with("ROLLCALL_NODE", "node-b");
        viaJndi.put("ROLLCALL_DB_JNDI", "jdbc/rollcall-shared");
        nodeB = ServerNode.start("node-b", viaJndi, List.of(),
                List.of("--addlibs", LIBS, "--prebootcommandfile", ServerNode.preBootCommands("node-b", List.of(
                        pool, "create-jdbc-resource --connectionpoolid=rollcall-shared jdbc/rollcall-shared"))
                        .toString()));
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void failuresOnOneNodeLockTheAccountOnTheOtherAndAManagerOnEitherLiftsIt() {
        Browser viaA = Browser.from(nodeA.url(), "198.19.1.1");
        Browser viaB = Browser.from(nodeB.url(), "198.19.1.2");
        for (int i = 1; i <= 3; i++) {
            assertTrue(viaA.signIn("dave", "guess-a" + i).body().contains("Wrong username or password."));
        }
        for (int i = 1; i <= 2; i++) {
            assertTrue(viaB.signIn("dave", "guess-b" + i).body().contains("Wrong username or password."),
                    "node B shares the count: " + i);
        }

        Page onA = viaA.signIn("dave", "demo");
        Page onB = viaB.signIn("dave", "demo");

        assertEquals(429, onA.status(), "five failures over two nodes lock the account on A: " + onA);
        assertEquals(429, onB.status(), "and on B: " + onB);
        Browser manager = Browser.from(nodeB.url(), "198.19.1.3");
        manager.signIn("admin", "it-admin-secret");
        Page lockouts = manager.get("app/site/lockouts.xhtml");
        assertTrue(lockouts.body().contains(">dave<"), "node B's manager sees the lock: " + lockouts);
        manager.submit(lockouts, "lockouts", "table:0:lift", Map.of());
        assertTrue(Browser.from(nodeA.url(), "198.19.1.4").signIn("dave", "demo").path().endsWith("/app/home.xhtml"),
                "lifted on B, dave signs in on A");
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> environment = new java.util.HashMap<>(COMMON);
        environment.put(name, value);
        return environment;
    }
}
