package org.rollcall.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;

/**
 * Sign-in through a company directory: a real LDAP server (UnboundID's in-memory directory, loaded from
 * {@code directory/example.ldif}) on the port the build reserved and configured the server for
 * ({@code rollcall.it.directory} in pom.xml). Its people sign in with their directory password, get an account
 * row and the role their groups give; a local account wins over a directory entry of the same name; a
 * directory that is down refuses directory sign-ins with a clear message while local accounts go on working.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    private static final String MANAGERS = "cn=rollcall-managers,ou=groups,dc=example,dc=com";
    private static InMemoryDirectoryServer directory;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startDirectory() throws Exception {
        Integer port = Integer.getInteger("rollcall.it.ldap-port");
        if (port == null) {
            throw new IllegalStateException("rollcall.it.ldap-port is not set: run DirectoryIT through its failsafe "
                    + "execution (mvn verify -Dit.on-directory=DirectoryIT), which configures the server for it");
        }
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=example,dc=com");
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                port, null));
        directory = new InMemoryDirectoryServer(config);
        try (InputStream ldif = DirectoryIT.class.getResourceAsStream("/directory/example.ldif")) {
            directory.importFromLDIF(true, new com.unboundid.ldif.LDIFReader(ldif));
        }
        directory.startListening();
    }

    @AfterAll
    static void stopDirectory() {
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    @Test
    void someoneInTheManagerGroupSignsInWithTheDirectoryPasswordAsAManager() {
        Browser dora = new Browser(base);

        Page home = dora.signIn("dora", "dora-directory-password");

        assertTrue(home.path().endsWith("/app/home.xhtml"), home.toString());
        Page accounts = dora.get("app/site/accounts.xhtml");
        assertEquals(200, accounts.status(), "a manager by the directory's group: " + accounts);
        assertTrue(accounts.body().contains(">dora<") && accounts.body().contains("Directory"),
                "her account row exists, marked as the directory's: " + accounts);
        assertTrue(accounts.body().contains("First sign-in through the directory"), "and the change is recorded");
    }

    @Test
    void someoneOutsideTheManagerGroupIsAUserUntilTheDirectorySaysOtherwise() throws Exception {
        Browser eric = new Browser(base);
        assertTrue(eric.signIn("eric", "eric-directory-password").path().endsWith("/app/home.xhtml"));
        assertEquals(403, eric.get("app/site/sessions.xhtml").status(), "a user");

        directory.modify(MANAGERS, new Modification(ModificationType.ADD, "member",
                "uid=eric,ou=people,dc=example,dc=com"));
        try {
            Browser again = new Browser(base);
            assertTrue(again.signIn("eric", "eric-directory-password").path().endsWith("/app/home.xhtml"));
            assertEquals(200, again.get("app/site/sessions.xhtml").status(), "a manager from the next sign-in on");
        } finally {
            directory.modify(MANAGERS, new Modification(ModificationType.DELETE, "member",
                    "uid=eric,ou=people,dc=example,dc=com"));
        }
    }

    @Test
    void aWrongDirectoryPasswordOrAnInjectedFilterIsAWrongPassword() {
        Page wrong = new Browser(base).signIn("eric", "not-his-password");
        assertTrue(wrong.isSignInPage() && wrong.body().contains("Wrong username or password."), wrong.toString());
        Page injected = new Browser(base).signIn("*)(uid=*", "eric-directory-password");
        assertTrue(injected.isSignInPage() && injected.body().contains("Wrong username or password."),
                injected.toString());
    }

    @Test
    void aLocalAccountWinsOverTheDirectoryEntryOfTheSameName() {
        Page withDirectoryPassword = new Browser(base).signIn("admin", "directory-admin-password");
        assertTrue(withDirectoryPassword.isSignInPage(), "the directory can't sign in as a local account: "
                + withDirectoryPassword);
        Page withLocalPassword = new Browser(base).signIn("admin", "it-admin-secret");
        assertTrue(withLocalPassword.path().endsWith("/app/home.xhtml"), withLocalPassword.toString());
    }

    @Test
    void aDirectoryThatIsDownRefusesDirectorySignInsClearlyAndLocalAccountsStillWork() throws Exception {
        directory.shutDown(true);
        try {
            Page refused = new Browser(base).signIn("dora", "dora-directory-password");
            assertTrue(refused.isSignInPage(), refused.toString());
            assertTrue(refused.body().contains("Sign-in is unavailable"), "not a wrong password, not a 500: " + refused);

            Page typo = new Browser(base).signIn("alice", "dmeo");
            assertTrue(typo.body().contains("Wrong username or password."),
                    "a local account's wrong password is still a wrong password (and counted): " + typo);
            Page local = new Browser(base).signIn("alice", "demo");
            assertTrue(local.path().endsWith("/app/home.xhtml"), "local accounts go on: " + local);
        } finally {
            directory.startListening();
        }
        Page back = new Browser(base).signIn("dora", "dora-directory-password");
        assertTrue(back.path().endsWith("/app/home.xhtml"), "and the directory's people once it is back: " + back);
    }
}
