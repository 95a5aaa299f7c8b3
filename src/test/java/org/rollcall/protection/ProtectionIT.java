package org.rollcall.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.accounts.entity.Role;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.testing.AccountFixtures;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.SessionRows;

/**
 * The holes an attacker found, each tried again: session ids in URLs, cross-site and forged posts, missing
 * headers, oversized bodies, long-lived anonymous sessions, racing sign-ins, the server's own endpoints, and
 * roles that outlived a change.
 */
@ExtendWith(ArquillianExtension.class)
class ProtectionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Inject
    SessionRows rows;

    @Inject
    AccountFixtures accounts;

    @Test
    void aSessionIdInTheUrlSignsNobodyIn() {
        Browser alice = new Browser(base);
        alice.signIn("alice", "demo");
        String alicesId = alice.sessionId().orElseThrow();

        Page stranger = new Browser(base).get("app/home.xhtml;jsessionid=" + alicesId);

        assertTrue(stranger.isSignInPage(), "anonymous: " + stranger);
        assertFalse(stranger.uri().toString().contains("jsessionid"), "the id is dropped from the address");
        assertFalse(stranger.body().contains("Signed in as"), stranger.toString());
        assertTrue(alice.get("app/home.xhtml").body().contains("Signed in as Alice"), "alice is untouched");
    }

    @Test
    void aCrossSiteSignInThroughAUrlSessionIdSignsNobodyIn() {
        Browser attacker = new Browser(base);
        Page attackersForm = attacker.get("login.xhtml");
        String attackersId = attacker.sessionId().orElseThrow();
        Browser visitor = new Browser(base);

        Page posted = visitor.post("login.xhtml;jsessionid=" + attackersId, Map.of(),
                signInForm(attackersForm, "bob", "demo"));

        assertEquals(400, posted.status(), posted.toString());
        assertTrue(visitor.get("app/home.xhtml").isSignInPage(), "the visitor is not signed in as bob");
        assertEquals(0, rows.countByUserAgent(visitor.userAgent()), "no row for the visitor");
        assertEquals(0, rows.countByUserAgent(attacker.userAgent()), "nor for the attacker's session");
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() {
        Browser visitor = new Browser(base);
        Page form = visitor.get("login.xhtml");

        Page posted = visitor.post("login.xhtml", Map.of("Origin", "https://evil.example"),
                signInForm(form, "bob", "demo"));

        assertEquals(403, posted.status(), posted.toString());
        assertEquals(0, rows.countByUserAgent(visitor.userAgent()));
        Page ownSite = visitor.post("login.xhtml", Map.of("Origin", base.getProtocol() + "://" + base.getHost()),
                signInForm(visitor.get("login.xhtml"), "bob", "demo"));
        assertTrue(ownSite.path().endsWith("/app/home.xhtml"), "the site's own origin is fine: " + ownSite);
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        Browser browser = new Browser(base);
        Page login = browser.get("login.xhtml");
        browser.signIn("carol", "demo");
        Page sessions = browser.get("app/sessions.xhtml");

        for (Page page : List.of(login, sessions)) {
            String csp = String.join(" | ", page.headers().allValues("Content-Security-Policy"));
            assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+'.*"), "scripts only with the nonce: " + csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""), page.uri().toString());
        }
        assertTrue(sessions.body().contains("Signed in as carol") || sessions.body().contains("My sessions"),
                "the page itself still works: " + sessions);
    }

    @Test
    void aGarbageViewStateShowsTheSignInFormAgain() {
        Browser browser = new Browser(base);
        Page form = browser.get("login.xhtml");
        String garbage = signInForm(form, "bob", "demo").replaceAll("jakarta.faces.ViewState=[^&]*",
                "jakarta.faces.ViewState=-1%3A42");

        Page again = browser.post("login.xhtml", Map.of(), garbage);

        assertEquals(200, again.status(), again.toString());
        assertTrue(again.isSignInPage() && again.body().contains("The sign-in form had expired"), again.toString());
        assertEquals(0, rows.countByUserAgent(browser.userAgent()), "nobody was signed in");
    }

    @Test
    void aWrongPasswordPostedWithoutThePagesNonceGetsTheFormNotAnError() {
        Browser script = new Browser(base);
        String withoutNonce = signInForm(script.get("login.xhtml"), "bob", "wrong")
                .replaceAll("(^|&)primefaces\\.nonce=[^&]*", "");

        Page answer = script.post("login.xhtml", Map.of(), withoutNonce);

        assertEquals(200, answer.status(), "a client without JavaScript: " + answer);
        assertTrue(answer.isSignInPage(), answer.toString());
    }

    @Test
    void anOversizedPostIsRefusedWith413() {
        Browser browser = new Browser(base);
        Page form = browser.get("login.xhtml");

        Page posted = browser.post("login.xhtml", Map.of(),
                signInForm(form, "bob", "demo") + "&padding=" + "x".repeat(300_000));

        assertEquals(413, posted.status());
    }

    @Test
    void anAnonymousSessionLivesMinutesAndASignedInOneTheIdleTimeout() {
        Browser browser = new Browser(base);
        browser.get("login.xhtml");

        int anonymous = Integer.parseInt(browser.get("it/session-lifetime").body().strip());
        browser.signIn("dave", "demo");
        int signedIn = Integer.parseInt(browser.get("it/session-lifetime").body().strip());

        assertTrue(anonymous > 0 && anonymous <= 300, "an anonymous session lives 5 minutes at most: " + anonymous);
        assertEquals(30 * 60, signedIn, "a signed-in one the idle timeout");
    }

    @Test
    void parallelSignInPostsFromOneBrowserLeaveExactlyOneLiveRow() throws Exception {
        Browser browser = new Browser(base);
        Page form = browser.get("login.xhtml");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Page>> posts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                posts.add(pool.submit(() -> {
                    start.await();
                    return browser.submit(form, "login", "submit", Map.of("username", "alice", "password", "demo"));
                }));
            }
            start.countDown();
            for (Future<Page> post : posts) {
                post.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<UserSession> made = rows.byUserAgent(browser.userAgent());
        assertFalse(made.isEmpty(), "someone got through");
        assertEquals(1, made.stream().filter(r -> r.getEndedAt() == null).count(), "one live row of " + made.size());
    }

    @Test
    void theServersOwnEndpointsAreNotServedToAnyone() {
        Browser anonymous = new Browser(base);
        for (String endpoint : List.of("/metrics", "/health", "/openapi")) {
            Page page = anonymous.get(endpoint);
            assertNotEquals(200, page.status(), endpoint + ": " + page);
            assertFalse(page.body().contains("# TYPE"), endpoint + " shows no metrics");
        }
    }

    @Test
    void aChangedRoleCountsFromTheNextRequest() {
        String erin = accounts.create("erin", "erin-secret", Role.USER);
        Browser browser = new Browser(base);
        browser.signIn(erin, "erin-secret");
        assertEquals(403, browser.get("app/site/sessions.xhtml").status(), "a user");

        accounts.setRole(erin, Role.MANAGER);
        assertEquals(200, browser.get("app/site/sessions.xhtml").status(), "promoted: no new sign-in needed");

        accounts.setRole(erin, Role.USER);
        assertEquals(403, browser.get("app/site/sessions.xhtml").status(), "demoted at once");
    }

    @Test
    void aDisabledAccountIsSignedOutAtItsNextRequest() {
        String frank = accounts.create("frank", "frank-secret", Role.USER);
        Browser browser = new Browser(base);
        browser.signIn(frank, "frank-secret");
        String rowId = rows.onlyRowOf(browser).getId();

        accounts.setEnabled(frank, false);
        Page next = browser.get("app/home.xhtml");

        assertTrue(next.isSignInPage() && next.body().contains("Your account has been disabled."), next.toString());
        assertEquals(EndReason.ACCOUNT_DISABLED, rows.find(rowId).orElseThrow().getEndReason());
        assertFalse(browser.signIn(frank, "frank-secret").path().endsWith("/app/home.xhtml"), "nor can it sign in");
    }

    /** The sign-in form of {@code page} filled in, as its own script would post it. */
    private static String signInForm(Page page, String username, String password) {
        return Browser.formBody(page, "login", "submit", Map.of("username", username, "password", password));
    }
}
