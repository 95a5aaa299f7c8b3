package org.rollcall.sessions;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.Eventually;
import org.rollcall.testing.SessionRows;

/** A sign-in becomes a row; the row follows the session through activity, sign-out, time-out and its end. */
@ExtendWith(ArquillianExtension.class)
class SessionTrackingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Inject
    SessionRows rows;

    @Test
    void everySessionCookieIsHttpOnlyAndSameSiteAndNoAnswerNamesTheServer() {
        Browser browser = new Browser(base);
        Page signInPage = browser.get("login.xhtml");
        Page home = browser.signIn("bob", "demo");

        List<String> sessionCookies = browser.setCookieHeaders().stream()
                .filter(header -> header.startsWith("JSESSIONID=")).toList();
        assertTrue(sessionCookies.size() >= 2, "the visitor's cookie and the signed-in one: " + sessionCookies);
        for (String cookie : sessionCookies) {
            String attributes = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
            assertTrue(attributes.contains(";httponly"), "HttpOnly: " + cookie);
            assertTrue(attributes.contains(";samesite=lax"), "SameSite=Lax: " + cookie);
        }
        for (Page page : List.of(signInPage, home)) {
            assertTrue(page.headers().firstValue("X-Powered-By").isEmpty(), page.headers().map()::toString);
            assertFalse(page.headers().firstValue("Server").orElse("").matches(".*\\d.*"),
                    () -> "no server version: " + page.headers().map());
        }
    }

    @Test
    void signInCreatesExactlyOneRowWithClientDetailsAndANewSessionId() {
        Browser browser = new Browser(base);
        browser.get("login.xhtml");
        String visitorSessionId = browser.sessionId().orElseThrow();

        Page home = browser.signIn("alice", "demo");

        assertTrue(home.path().endsWith("/app/home.xhtml"), "lands on home, was " + home.uri());
        assertTrue(home.body().contains("Signed in as Alice"), "home greets the user");
        UserSession row = rows.onlyRowOf(browser);
        String sessionId = browser.sessionId().orElseThrow();
        assertAll(
                () -> assertEquals("alice", row.getAccount().getUsername()),
                () -> assertNotNull(row.getIpAddress(), "IP recorded"),
                () -> assertEquals(browser.userAgent(), row.getUserAgent()),
                () -> assertFalse(row.getNode().isBlank(), "node recorded"),
                () -> assertNull(row.getEndedAt(), "row is live"),
                () -> assertTrue(row.getExpiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(29))),
                        "expires after the idle timeout"),
                () -> assertNotEquals(visitorSessionId, sessionId, "session id changes at sign-in"),
                () -> assertFalse(List.of(row.getId(), row.getUserAgent(), row.getNode(), row.getIpAddress())
                        .contains(sessionId), "no column holds the session id"));
    }

    @Test
    void aSecondBrowserOfTheSameUserGetsASecondRow() {
        Browser laptop = new Browser(base);
        Browser phone = new Browser(base);

        laptop.signIn("bob", "demo");
        phone.signIn("bob", "demo");

        UserSession laptopRow = rows.onlyRowOf(laptop);
        UserSession phoneRow = rows.onlyRowOf(phone);
        assertNotEquals(laptopRow.getId(), phoneRow.getId());
        assertNull(laptopRow.getEndedAt());
        assertNull(phoneRow.getEndedAt());
    }

    @Test
    void signOutEndsTheRowAndTheSession() {
        Browser browser = new Browser(base);
        Page home = browser.signIn("carol", "demo");

        Page afterSignOut = browser.signOut(home);

        assertTrue(afterSignOut.isSignInPage(), "back on the sign-in page, was " + afterSignOut.uri());
        assertTrue(afterSignOut.body().contains("You have signed out."));
        UserSession row = rows.onlyRowOf(browser);
        assertEquals(EndReason.SIGNED_OUT, row.getEndReason());
        assertNotNull(row.getEndedAt());
        assertTrue(browser.get("app/home.xhtml").isSignInPage(), "home needs a new sign-in");
    }

    @Test
    void wrongPasswordOrUnknownUserGetsOneGenericMessageAndNoRow() {
        Browser wrongPassword = new Browser(base);
        Browser unknownUser = new Browser(base);

        Page first = wrongPassword.signIn("alice", "not-her-password");
        Page second = unknownUser.signIn("mallory", "demo");

        for (Page page : List.of(first, second)) {
            assertTrue(page.isSignInPage(), "stays on the sign-in page");
            assertTrue(page.body().contains("Wrong username or password."), "generic message");
        }
        assertEquals(0, rows.countByUserAgent(wrongPassword.userAgent()));
        assertEquals(0, rows.countByUserAgent(unknownUser.userAgent()));
        assertTrue(wrongPassword.get("app/home.xhtml").isSignInPage(), "not signed in");
    }

    @Test
    void anOverlongUserAgentIsStoredTruncatedAndTheSignInSucceeds() {
        // Unique within the stored part: the suites on PostgreSQL share one database between servers.
        String tenKilobytes = "Mozilla/5.0 " + UUID.randomUUID() + " " + "x".repeat(10 * 1024);
        Browser browser = new Browser(base, tenKilobytes);

        Page home = browser.signIn("dave", "demo");

        assertTrue(home.path().endsWith("/app/home.xhtml"), "signed in, was " + home.uri());
        List<UserSession> stored = rows.byUserAgent(tenKilobytes.substring(0, UserSession.USER_AGENT_LENGTH));
        assertEquals(1, stored.size(), "one row, its user agent cut to the column");
        assertEquals(UserSession.USER_AGENT_LENGTH, stored.get(0).getUserAgent().length());
    }

    @Test
    void aRowEndedInTheDatabaseSendsTheBrowserToSignInWithTheReason() {
        Browser browser = new Browser(base);
        browser.signIn("alice", "demo");
        UserSession row = rows.onlyRowOf(browser);

        rows.end(row.getId(), EndReason.ENDED_BY_MANAGER);
        Page next = browser.get("app/home.xhtml");

        assertTrue(next.isSignInPage(), "sent to sign in, was " + next.uri());
        assertTrue(next.body().contains("Your session was ended by a site manager."), "says why");
        assertTrue(browser.get("app/home.xhtml").isSignInPage(), "the HTTP session is gone too");
    }

    @Test
    void aSessionPastItsLifetimeEndsAtTheNextRequest() {
        Browser browser = new Browser(base);
        browser.signIn("bob", "demo");
        UserSession row = rows.onlyRowOf(browser);

        rows.age(row.getId(), Duration.ofSeconds(5), Duration.ofDays(15));
        Page next = browser.get("app/home.xhtml");

        assertTrue(next.isSignInPage(), "sent to sign in, was " + next.uri());
        assertTrue(next.body().contains("maximum age"), "says why");
        assertEquals(EndReason.LIFETIME_REACHED, rows.find(row.getId()).orElseThrow().getEndReason());
    }

    @Test
    void aVisitorWhoAskedForASignedInPageLandsThereAfterSigningInEvenAfterATypo() {
        Browser browser = new Browser(base);
        Page signInFirst = browser.get("app/sessions.xhtml");
        assertTrue(signInFirst.isSignInPage(), signInFirst::toString);
        Page typo = browser.submit(signInFirst, "login", "submit", Map.of("username", "dave", "password", "dmeo"));
        assertTrue(typo.isSignInPage(), typo::toString);

        Page after = browser.submit(typo, "login", "submit", Map.of("username", "dave", "password", "demo"));

        assertTrue(after.path().endsWith("/app/sessions.xhtml"), after::toString);
        assertEquals(1, rows.countByUserAgent(browser.userAgent()));
    }

    @Test
    void anAjaxRequestWithoutSignInIsToldToGoToTheSignInPage() {
        Page answer = new Browser(base).facesAjax("app/sessions.xhtml");

        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("<redirect url=\"" + base.getPath() + "login.xhtml\">"),
                answer::toString);
    }

    /**
     * Payara 6 shares one security context between threads: under concurrent requests, a signed-in user could get
     * 403 on their own pages (Payara FISH-7515, GlassFish #25141). Rollcall re-applies the caller with its groups
     * itself on every request, so that can't happen.
     */
    @Test
    void signedInUsersKeepTheirAccessWhileOthersUseTheSiteAtTheSameTime() throws Exception {
        List<Browser> signedIn = List.of(new Browser(base), new Browser(base));
        assertTrue(signedIn.get(0).signIn("alice", "demo").path().endsWith("/app/home.xhtml"));
        assertTrue(signedIn.get(1).signIn("bob", "demo").path().endsWith("/app/home.xhtml"));
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int worker = 0; worker < 8; worker++) {
            Browser browser = worker % 2 == 0 ? signedIn.get(worker / 2 % 2) : null;
            work.add(() -> {
                List<String> wrong = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    if (browser == null) {
                        new Browser(base).get("login.xhtml");
                    } else {
                        Page page = browser.get("app/home.xhtml");
                        if (page.status() != 200 || !page.path().endsWith("/app/home.xhtml")) {
                            wrong.add(page.toString());
                        }
                    }
                }
                return wrong;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        List<String> turnedAway = new ArrayList<>();
        try {
            for (Future<List<String>> result : pool.invokeAll(work)) {
                turnedAway.addAll(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), turnedAway, "every page of a signed-in user is served");
    }

    @Test
    void lastActivityIsWrittenAtMostOncePerSlotHoweverManyRequests() throws Exception {
        Browser browser = new Browser(base);
        browser.signIn("carol", "demo");
        UserSession signedIn = rows.onlyRowOf(browser);

        IntStream.range(0, 30).forEach(i -> browser.get("app/home.xhtml"));
        UserSession withinSlot = rows.find(signedIn.getId()).orElseThrow();
        assertEquals(signedIn.getVersion(), withinSlot.getVersion(), "no write within the slot");
        assertEquals(signedIn.getLastActivity(), withinSlot.getLastActivity());

        rows.age(signedIn.getId(), Duration.ofSeconds(61), Duration.ofSeconds(61));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Page>> pages = IntStream.range(0, 24)
                    .mapToObj(i -> pool.submit(() -> browser.get("app/home.xhtml")))
                    .toList();
            for (Future<Page> page : pages) {
                assertTrue(page.get().path().endsWith("/app/home.xhtml"));
            }
        } finally {
            pool.shutdownNow();
        }
        UserSession afterSlot = rows.find(signedIn.getId()).orElseThrow();
        assertEquals(signedIn.getVersion() + 1, afterSlot.getVersion(), "exactly one write for 24 requests");
        assertTrue(afterSlot.getLastActivity().isAfter(Instant.now().minusSeconds(30)), "last activity is now");
    }

    @Test
    void aSignedInSessionWithoutItsRowIsSignedOutAtTheNextRequest() {
        Browser browser = new Browser(base);
        browser.signIn("alice", "demo");

        assertEquals(204, browser.get("it/drop-ticket").status());

        assertTrue(browser.get("app/home.xhtml").isSignInPage(), "not allowed on without a row");
        assertTrue(browser.get("app/home.xhtml").isSignInPage(), "and signed out for good");
    }

    @Test
    void aSignInFromAnOldSignInPageSignsTheFirstUserOutCompletelyAndAsksAgain() {
        Browser sharedPc = new Browser(base);
        Browser phone = new Browser(base);
        Page oldSignInPage = sharedPc.get("login.xhtml");
        sharedPc.signIn("carol", "demo");
        phone.signIn("carol", "demo");
        Page carolsSessionsPage = sharedPc.get("app/sessions.xhtml");
        UserSession carolsPc = rows.onlyRowOf(sharedPc);
        UserSession carolsPhone = rows.onlyRowOf(phone);

        Page asked = sharedPc.submit(oldSignInPage, "login", "submit", Map.of("username", "dave", "password", "demo"));

        assertTrue(asked.isSignInPage(), "back on the sign-in page, was " + asked.uri());
        assertTrue(asked.body().contains("You have signed out."), "told the first sign-in ended");
        assertEquals(EndReason.SIGNED_OUT, rows.find(carolsPc.getId()).orElseThrow().getEndReason());
        assertEquals(1, rows.byUserAgent(sharedPc.userAgent()).size(), "nobody was signed in under carol's name");
        sharedPc.submit(carolsSessionsPage, "mine", "signOutOthers", Map.of());
        assertNull(rows.find(carolsPhone.getId()).orElseThrow().getEndedAt(),
                "the first user's open page can no longer act for her");
        assertTrue(sharedPc.signIn("dave", "demo").body().contains("Signed in as Dave"), "the second user signs in");
    }

    @Test
    void aContainerTimeoutEndsTheRowThroughTheListener() {
        Browser browser = new Browser(base);
        browser.signIn("dave", "demo");
        UserSession row = rows.onlyRowOf(browser);

        assertEquals(204, browser.get("it/session-timeout").status());
        Page next = Eventually.await("the container to time the session out", Duration.ofSeconds(90),
                Duration.ofMillis(1500), () -> browser.get("app/home.xhtml"), Page::isSignInPage);
        assertTrue(next.body().contains("Your session has expired. Please sign in again."), next::toString);

        UserSession ended = Eventually.await("the listener to end the row", Duration.ofSeconds(30),
                () -> rows.find(row.getId()).orElseThrow(), r -> r.getEndedAt() != null);
        assertEquals(EndReason.TIMED_OUT, ended.getEndReason());
    }
}
