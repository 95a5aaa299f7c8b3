package org.rollcall.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.accounts.control.AccountAdministration;
import org.rollcall.accounts.control.AccountRepository;
import org.rollcall.activity.control.ActivityCursor;
import org.rollcall.activity.control.ActivityFilter;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.activity.control.ActivityPage;
import org.rollcall.activity.control.ActivityRetention;
import org.rollcall.activity.control.ActivitySearch;
import org.rollcall.activity.entity.ActivityEvent;
import org.rollcall.activity.entity.ActivityKind;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.control.LimitValues;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.sessions.control.ClientInfo;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.control.SessionTicket;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.testing.ActivityEvents;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.LimitFixtures;
import org.rollcall.testing.SessionRows;

/**
 * The activity log as a manager would read it: each sign-in, refusal and end recorded exactly once, with who,
 * where from and which session; nothing for what rolled back; old events forgotten, recent ones kept.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Inject
    ActivityEvents events;

    @Inject
    ActivityLog activity;

    @Inject
    ActivityRetention retention;

    @Inject
    SessionRows rows;

    @Inject
    LimitFixtures limits;

    @Inject
    SessionRegistry registry;

    @Inject
    AccountRepository accounts;

    @Inject
    UserTransaction transaction;

    @Inject
    AccountAdministration administration;

    @Inject
    LimitSettings limitSettings;

    @Inject
    ActivitySearch search;

    @BeforeEach
    void emptySite() {
        limits.reset();
    }

    /** On PostgreSQL and MariaDB the next test class shares the site: no limit of 1, no live rows left. */
    @AfterEach
    void leaveTheSiteEmpty() {
        limits.reset();
    }

    @Test
    void aSignInAndItsSignOutAreRecordedOnceEachWithTheSessionTheyConcern() {
        Browser alice = new Browser(base);
        alice.signOut(alice.signIn("alice", "demo"));

        assertEquals(List.of("SIGNED_IN", "SESSION_ENDED/SIGNED_OUT"), events.of(alice));
        UserSession row = rows.onlyRowOf(alice);
        for (ActivityEvent event : events.byUserAgent(alice.userAgent())) {
            assertEquals(row.getId(), event.getSessionId(), "about alice's session");
            assertEquals("alice", event.getUsername());
            assertEquals(row.getAccount().getId(), event.getAccountId());
            assertEquals(row.getIpAddress(), event.getIpAddress());
            assertEquals(row.getNode(), event.getNode());
            assertNull(event.getActor(), "alice ended it herself");
        }
    }

    @Test
    void aWrongPasswordIsOneRefusalUnderTheNameTypedAndNeverThePassword() {
        Browser guesser = new Browser(base);
        String password = "guess-" + UUID.randomUUID();

        assertTrue(guesser.signIn("Bob", password).isSignInPage());

        assertEquals(List.of("SIGN_IN_REFUSED/WRONG_PASSWORD"), events.of(guesser));
        ActivityEvent refusal = events.byUserAgent(guesser.userAgent()).get(0);
        assertEquals("Bob", refusal.getUsername(), "the name as typed");
        assertEquals(accounts.findByUsername("bob").orElseThrow().getId(), refusal.getAccountId(),
                "and the account it names, so bob sees it among his recent sign-ins");
        assertFalse(refusal.toString().contains(password));
        assertEquals(0, rows.byUserAgent(guesser.userAgent()).size(), "and no session");
        assertEquals(List.of("SIGN_IN_REFUSED/WRONG_PASSWORD"), activity.recentSignInsOf(refusal.getAccountId(), 50)
                .stream().filter(e -> guesser.userAgent().equals(e.getUserAgent()))
                .map(e -> e.getKind() + "/" + e.getReason()).toList());
    }

    @Test
    void mySessionsListsRecentSignInsToMyAccountWithTheRefusedOnes() {
        Browser someoneElse = new Browser(base, "someone-else-" + UUID.randomUUID());
        someoneElse.signIn("dave", "not-his-password");
        Browser dave = new Browser(base);
        dave.signIn("dave", "demo");

        String page = dave.get("app/sessions.xhtml").body();

        assertTrue(page.contains("Recent sign-ins to your account"), page);
        int refusal = page.indexOf(">Refused: wrong password</span>");
        int signedIn = page.indexOf(">Signed in</span>");
        assertTrue(refusal > 0 && signedIn > 0 && signedIn < refusal, "newest first: his sign-in, then the refusal");
        assertFalse(page.contains("not-his-password"), "never what was typed as a password");
    }

    @Test
    void aSignInRefusedByTheLimitIsOneRefusalAndNoSession() {
        limits.set(1, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        Browser first = new Browser(base);
        first.signIn("alice", "demo");
        Browser second = new Browser(base);

        assertTrue(second.signIn("carol", "demo").body().contains("There are more than 1 active user sessions."));

        assertEquals(List.of("SIGN_IN_REFUSED/SITE_FULL"), events.of(second));
        assertEquals(0, rows.byUserAgent(second.userAgent()).size());
        assertEquals(List.of("SIGNED_IN"), events.of(first));
    }

    @Test
    void aSignInThatRollsBackRecordsNothing() throws Exception {
        String agent = "rolled-back-" + UUID.randomUUID();
        transaction.begin();
        SessionTicket ticket = registry.open(accounts.findByUsername("dave").orElseThrow(),
                new ClientInfo("192.0.2.7", agent), "node-x");
        assertEquals(1, events.byUserAgent(agent).size(), "recorded in the sign-in's own transaction");
        transaction.rollback();

        assertEquals(List.of(), events.byUserAgent(agent), "no event for a sign-in that rolled back");
        assertTrue(rows.find(ticket.rowId()).isEmpty(), "as there is no row");
    }

    @Test
    void aManagerDisablingAnAccountRecordsTheChangeAndEachSessionItEndedWithTheManagersName() throws Exception {
        Browser carol = new Browser(base);
        carol.signIn("carol", "demo");
        administration.setEnabled("admin", "carol", false);
        try {
            assertEquals(List.of("SIGNED_IN", "SESSION_ENDED/ACCOUNT_DISABLED"), events.of(carol));
            assertEquals("admin", events.byUserAgent(carol.userAgent()).get(1).getActor());
            ActivityEvent change = events.latest(ActivityKind.ACCOUNT_CHANGED, "DISABLED").orElseThrow();
            assertEquals(List.of("carol", "admin"), List.of(change.getUsername(), change.getActor()));
        } finally {
            administration.setEnabled("admin", "carol", true);
        }
    }

    @Test
    void aChangedLimitIsRecordedWithWhoChangedItFromWhatToWhat() throws Exception {
        limitSettings.update(new LimitValues(7, null, PerUserMode.REFUSE, 15L, DanglingPolicy.COUNT), "admin");
        try {
            ActivityEvent change = events.latest(ActivityKind.LIMITS_CHANGED, "sessionsLimit").orElseThrow();
            assertEquals(List.of("admin", "none -> 7"), List.of(change.getActor(), change.getDetail()));
        } finally {
            limits.reset(); // on PostgreSQL and MariaDB the next test class shares the site
        }
    }

    @Test
    void aManagerReadsTheLogNewestFirstAndAUserMayNot() {
        Browser bob = new Browser(base);
        bob.signIn("bob", "demo");
        Browser admin = new Browser(base);
        admin.signIn("admin", "it-admin-secret");

        Page log = admin.get("app/site/activity.xhtml");

        assertEquals(200, log.status(), log.toString());
        int adminSignIn = log.body().indexOf(">admin<");
        int bobSignIn = log.body().indexOf(">bob<");
        assertTrue(adminSignIn > 0 && bobSignIn > adminSignIn, "the admin's sign-in, then bob's: newest first");
        assertEquals(403, bob.get("app/site/activity.xhtml").status(), "the log is the managers' business");
    }

    @Test
    void theLogPagesByKeysetWithoutLosingOrRepeatingAnEventEvenWithEqualTimes() {
        String name = "pager-" + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            recorded.add(events.refusalAt(start.plusSeconds(i / 3), name)); // three events per second
        }
        ActivityFilter mine = new ActivityFilter(Optional.of(name), Optional.empty(), Optional.empty(),
                Optional.empty());

        List<String> read = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Optional<ActivityCursor> next = Optional.empty();
        do {
            ActivityPage page = search.page(mine, next, 50);
            page.events().forEach(e -> read.add(e.getId()));
            sizes.add(page.events().size());
            next = page.next();
        } while (next.isPresent());

        assertEquals(List.of(50, 50, 20), sizes);
        assertEquals(Set.copyOf(recorded), Set.copyOf(read), "every event once");
        assertEquals(120, read.size(), "none twice");
        List<Instant> times = read.stream().map(id -> events.find(id).getOccurredAt()).toList();
        List<Instant> newestFirst = new ArrayList<>(times);
        newestFirst.sort(Comparator.reverseOrder());
        assertEquals(newestFirst, times, "newest first");

        ActivityFilter lastMinutes = new ActivityFilter(Optional.of(name), Optional.empty(),
                Optional.of(start.plusSeconds(30)), Optional.of(start.plusSeconds(35)));
        assertEquals(15, search.page(lastMinutes, Optional.empty(), 50).events().size(),
                "from inclusive, to exclusive: five seconds of three events");
        events.deleteByUserAgentPrefix("refusal-at/" + name);
    }

    @Test
    void retentionForgetsOnlyEventsOlderThanItsPeriod() {
        String prefix = "retention-" + UUID.randomUUID() + "/";
        Instant now = Instant.now();
        events.recordAt(now.minus(Duration.ofDays(91)), prefix + "old");
        events.recordAt(now.minus(Duration.ofDays(89)), prefix + "recent");

        assertTrue(retention.forgetOld() >= 1);

        assertEquals(List.of(), events.byUserAgent(prefix + "old"), "91 days old: forgotten (default 90 days)");
        assertEquals(1, events.byUserAgent(prefix + "recent").size(), "89 days old: kept");
        events.deleteByUserAgentPrefix(prefix);
    }

    @Test
    void aManagerDownloadsTheFilteredLogAsCsvEveryEventOnceWithFormulasShownAsText() {
        String typed = "=1+2-" + UUID.randomUUID().toString().substring(0, 8);
        new Browser(base).signIn(typed, "a-guess");
        Instant start = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 1_200; i++) { // more than two of the export's chunks
            events.refusalAt(start.plusMillis(i), typed);
        }
        Browser admin = new Browser(base);
        admin.signIn("admin", "it-admin-secret");
        try {
            Page csv = admin.get("app/site/activity.csv?kind=SIGN_IN_REFUSED&user="
                    + URLEncoder.encode(typed, StandardCharsets.UTF_8));

            assertEquals(200, csv.status(), csv.toString());
            assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
            assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
            List<String> lines = csv.body().lines().toList();
            assertTrue(lines.get(0).startsWith("time_utc,event,kind,reason,user,"), lines.get(0));
            assertEquals(1_201, lines.size() - 1, "the typed refusal and the 1,200 recorded, each once");
            assertTrue(lines.stream().skip(1).allMatch(line -> line.contains(",'" + typed + ",")),
                    "a name that starts like a formula is text in a spreadsheet");
            assertTrue(lines.get(1).contains("Refused: wrong password,SIGN_IN_REFUSED,WRONG_PASSWORD"),
                    "newest first: the sign-in typed in a browser: " + lines.get(1));
            assertEquals(1_200, lines.stream().filter(line -> line.startsWith(start.toString().substring(0, 13)))
                    .count(), "the recorded ones, with their times in UTC");

            Page badKind = admin.get("app/site/activity.csv?kind=NOPE");
            assertEquals(400, badKind.status());
            assertTrue(badKind.body().contains("There is no kind of event called \"NOPE\"."), badKind.body());
            assertEquals(400, admin.get("app/site/activity.csv?from=yesterday").status());

            Browser bob = new Browser(base);
            bob.signIn("bob", "demo");
            assertEquals(403, bob.get("app/site/activity.csv").status(), "the log is the managers' business");
        } finally {
            events.deleteByUserAgentPrefix("refusal-at/" + typed);
        }
    }
}
