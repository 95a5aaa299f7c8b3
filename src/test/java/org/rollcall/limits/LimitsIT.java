package org.rollcall.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.LimitChange;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.limits.entity.SiteLimits;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.LimitFixtures;
import org.rollcall.testing.SessionRows;
import org.rollcall.testing.SimultaneousSignIns;

/**
 * The sessions limit as users meet it: sign-ins admitted up to the limit and refused past it, also when many
 * arrive at once; the dangling policies; managers; the settings page. Every test starts from an empty site.
 */
@ExtendWith(ArquillianExtension.class)
class LimitsIT {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Inject
    LimitFixtures limits;

    @Inject
    SessionRows rows;

    @Inject
    SessionRegistry registry;

    @Inject
    RollcallSettings settings;

    @BeforeEach
    void emptySite() {
        limits.reset();
    }

    @Test
    void aLimitOfThreeAdmitsThreeAndRefusesTheFourthWithTheMessage() {
        limits.set(3, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);

        for (String user : List.of("alice", "bob", "carol")) {
            assertTrue(signedIn(new Browser(base).signIn(user, "demo")), user + " admitted");
        }
        Browser fourth = new Browser(base);
        Page refused = fourth.signIn("dave", "demo");

        assertTrue(refused.isSignInPage(), "the fourth stays on the sign-in page");
        assertTrue(refused.body().contains("There are more than 3 active user sessions. Please try again later."),
                "with the limit's message");
        assertEquals(0, rows.countByUserAgent(fourth.userAgent()), "no row for the refused sign-in");
        assertEquals(3, registry.countLive());
        assertTrue(fourth.get("app/home.xhtml").isSignInPage(), "the refused browser is not signed in");
    }

    @Test
    void sixtySimultaneousSignInsAgainstALimitOfTenAdmitExactlyTen() throws Exception {
        List<String> users = List.of("alice", "bob", "carol", "dave");
        for (int round = 1; round <= 3; round++) {
            limits.reset();
            limits.set(10, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
            String prefix = "round-" + round + "-" + UUID.randomUUID() + "/";
            List<Browser> browsers = new ArrayList<>();
            List<Page> loginPages = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Browser browser = new Browser(base, prefix + i);
                browsers.add(browser);
                loginPages.add(browser.get("login.xhtml"));
            }

            List<Page> results = SimultaneousSignIns.post(browsers, loginPages,
                    i -> Map.of("username", users.get(i % users.size()), "password", "demo"));

            long admitted = results.stream().filter(LimitsIT::signedIn).count();
            long refused = results.stream().filter(p -> p.body().contains("There are more than 10 active")).count();
            assertEquals(10, admitted, "round " + round + ": admitted");
            assertEquals(50, refused, "round " + round + ": refused with the message");
            assertEquals(10, limits.countLiveWithUserAgentPrefix(prefix), "round " + round + ": rows");
        }
    }

    @Test
    void countPolicyRefusesWhileADanglingSessionHoldsASeat() {
        limits.set(2, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        Browser idle = signedInBrowser("alice");
        signedInBrowser("bob");
        rows.age(rows.onlyRowOf(idle).getId(), TWO_HOURS, TWO_HOURS);

        assertTrue(new Browser(base).signIn("carol", "demo").body().contains("There are more than 2 active"));
    }

    @Test
    void ignorePolicyLeavesDanglingSessionsUncounted() {
        limits.set(2, null, PerUserMode.REFUSE, DanglingPolicy.IGNORE);
        Browser idle = signedInBrowser("alice");
        signedInBrowser("bob");
        rows.age(rows.onlyRowOf(idle).getId(), TWO_HOURS, TWO_HOURS);

        assertTrue(signedIn(new Browser(base).signIn("carol", "demo")), "the dangling seat doesn't count");
        assertFalse(signedIn(new Browser(base).signIn("dave", "demo")), "the two active ones still do");
        assertNull(rows.onlyRowOf(idle).getEndedAt(), "the dangling session itself lives on");
    }

    @Test
    void reclaimPolicyEndsTheLongestIdleDanglingSessionAndTellsItsBrowser() {
        limits.set(2, null, PerUserMode.REFUSE, DanglingPolicy.RECLAIM);
        Browser longestIdle = signedInBrowser("alice");
        Browser lessIdle = signedInBrowser("bob");
        rows.age(rows.onlyRowOf(longestIdle).getId(), Duration.ofHours(3), Duration.ofHours(3));
        rows.age(rows.onlyRowOf(lessIdle).getId(), TWO_HOURS, TWO_HOURS);

        assertTrue(signedIn(new Browser(base).signIn("carol", "demo")), "admitted by reclaiming a seat");

        assertEquals(EndReason.RECLAIMED, rows.onlyRowOf(longestIdle).getEndReason());
        assertNull(rows.onlyRowOf(lessIdle).getEndedAt(), "only one seat is reclaimed");
        Page next = longestIdle.get("app/home.xhtml");
        assertTrue(next.isSignInPage(), next::toString);
        assertTrue(next.body().contains("Your idle session was ended to make room for another user."), next::toString);
    }

    @Test
    void reclaimPolicyStillRefusesWhenNoSessionDangles() {
        limits.set(1, null, PerUserMode.REFUSE, DanglingPolicy.RECLAIM);
        Browser active = signedInBrowser("alice");

        assertFalse(signedIn(new Browser(base).signIn("bob", "demo")));
        assertNull(rows.onlyRowOf(active).getEndedAt());
    }

    @Test
    void expiredSessionsNeverCount() {
        limits.set(2, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        Instant now = Instant.now();
        rows.insert("alice", 5, now.minus(TWO_HOURS), now.minusSeconds(1), "expired-" + UUID.randomUUID());

        assertTrue(signedIn(new Browser(base).signIn("bob", "demo")));
        assertTrue(signedIn(new Browser(base).signIn("carol", "demo")));
        assertEquals(2, registry.countLive());
    }

    @Test
    void aManagerSignsInWhenTheSiteIsFull() {
        limits.set(1, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        signedInBrowser("alice");

        assertTrue(signedIn(new Browser(base).signIn("admin", "it-admin-secret")), "the manager is admitted");
        assertEquals(2, registry.countLive(), "and counted");
        assertFalse(signedIn(new Browser(base).signIn("bob", "demo")), "users still are refused");
    }

    @Test
    void theProvidersCapCountsDanglingSessionsWhateverTheSitesPolicy() {
        limits.providerCap(3);
        limits.set(null, null, PerUserMode.REFUSE, DanglingPolicy.IGNORE);
        for (String user : List.of("alice", "bob", "carol")) {
            rows.age(rows.onlyRowOf(signedInBrowser(user)).getId(), TWO_HOURS, TWO_HOURS);
        }

        Page fourth = new Browser(base).signIn("dave", "demo");

        assertTrue(fourth.body().contains("There are more than 3 active user sessions. Please try again later."),
                "\"don't count them\" can't lift the cap: " + fourth);
        assertEquals(3, registry.countLive());
    }

    @Test
    void aSiteLimitBelowTheCapMayLeaveDanglingSessionsUncountedButNeverPassTheCap() {
        limits.providerCap(3);
        limits.set(2, null, PerUserMode.REFUSE, DanglingPolicy.IGNORE);
        Browser idle = signedInBrowser("alice");
        signedInBrowser("bob");
        rows.age(rows.onlyRowOf(idle).getId(), TWO_HOURS, TWO_HOURS);

        assertTrue(signedIn(new Browser(base).signIn("carol", "demo")), "the site limit ignores the dangling one");
        assertTrue(new Browser(base).signIn("dave", "demo").body().contains("There are more than"),
                "but the cap of 3 is full");
        assertEquals(3, registry.countLive());
    }

    @Test
    void underTheReclaimPolicyAFullCapFreesTheLongestIdleDanglingSeat() {
        limits.providerCap(2);
        limits.set(null, null, PerUserMode.REFUSE, DanglingPolicy.RECLAIM);
        Browser idle = signedInBrowser("alice");
        signedInBrowser("bob");
        rows.age(rows.onlyRowOf(idle).getId(), TWO_HOURS, TWO_HOURS);

        assertTrue(signedIn(new Browser(base).signIn("carol", "demo")));

        assertEquals(EndReason.RECLAIMED, rows.onlyRowOf(idle).getEndReason());
        assertEquals(2, registry.countLive(), "still within the cap");
    }

    @Test
    void aManagerAtAFullCapTakesTheSeatOfTheLongestIdleUser() {
        limits.providerCap(3);
        Browser longestIdle = signedInBrowser("alice");
        signedInBrowser("bob");
        signedInBrowser("carol");
        rows.age(rows.onlyRowOf(longestIdle).getId(), Duration.ofMinutes(10), Duration.ofMinutes(10));

        assertTrue(signedIn(new Browser(base).signIn("admin", "it-admin-secret")), "the site can be managed");

        assertEquals(3, registry.countLive(), "and the cap holds");
        assertEquals(EndReason.RECLAIMED, rows.onlyRowOf(longestIdle).getEndReason());
    }

    @Test
    void theSettingsPageSaysWhichLimitTheDanglingPolicyAffects() {
        Page settings = signedInBrowser("admin", "it-admin-secret").get("app/site/settings.xhtml");

        assertTrue(settings.body().replace("&#39;", "'").replace("&quot;", "\"")
                .contains("cap of 40 counts every live session, dangling or not"), settings.toString());
    }

    @Test
    void anAbsurdDanglingThresholdGetsAMessageNotAnError() {
        Browser manager = signedInBrowser("admin", "it-admin-secret");
        for (String minutes : List.of("9223372036854775807", "99999999999999999999", "-5")) {
            Page settings = manager.get("app/site/settings.xhtml");
            Map<String, String> form = new java.util.HashMap<>(settingsForm(""));
            form.put("danglingMinutes", minutes);

            Page answer = manager.submit(settings, "settings", "save", form);

            assertEquals(200, answer.status(), minutes + ": " + answer);
            assertTrue(answer.body().contains("Enter between 1 and") || answer.body().contains("Enter a whole number"),
                    minutes + ": " + answer);
        }
        assertEquals(Optional.of(Duration.ofHours(1)), limits.current().chosenDanglingThreshold(), "nothing changed");
    }

    @Test
    void byDefaultTheDanglingThresholdIsHalfTheIdleTimeoutSoTheSettingsPageHasNothingToWarnAbout() {
        limits.danglingThresholdByDefault();
        long halfIdle = SiteLimits.defaultDanglingThreshold(settings.idleTimeout()).toMinutes();
        Browser manager = signedInBrowser("admin", "it-admin-secret");

        Page page = manager.get("app/site/settings.xhtml");

        assertFalse(page.body().contains("before they could dangle"), "no contradiction to warn about: " + page);
        assertTrue(page.body().contains("Empty: half the idle timeout, now " + halfIdle + " minutes."),
                page.toString());
        Browser bob = new Browser(base);
        bob.signIn("bob", "demo");
        rows.age(rows.onlyRowOf(bob).getId(), Duration.ofMinutes(halfIdle + 1), Duration.ofMinutes(halfIdle + 2));
        String grid = manager.get("app/site/sessions.xhtml").body();
        assertTrue(Pattern.compile("<tr[^>]*rc-dangling[^>]*>((?!</tr>).)*>bob<", Pattern.DOTALL).matcher(grid).find(),
                "bob's session, idle a minute longer than the default, dangles: " + grid);

        Page chosen = manager.submit(page, "settings", "save", Map.of("sessionsLimit", "", "perUserLimit", "",
                "perUserMode", "REFUSE", "danglingMinutes", "90", "danglingPolicy", "COUNT"));
        assertTrue(chosen.body().contains("before they could dangle"), "90 minutes can't dangle: " + chosen);
        assertEquals(Optional.of(Duration.ofMinutes(90)), limits.current().chosenDanglingThreshold());

        Page back = manager.submit(chosen, "settings", "save", Map.of("sessionsLimit", "", "perUserLimit", "",
                "perUserMode", "REFUSE", "danglingMinutes", "", "danglingPolicy", "COUNT"));
        assertFalse(back.body().contains("before they could dangle"), back.toString());
        assertEquals(Optional.empty(), limits.current().chosenDanglingThreshold(), "empty: the default again");
        assertEquals("danglingMinutes: 90 -> null", limits.changes().stream().findFirst()
                .map(c -> c.getSetting() + ": " + c.getOldValue() + " -> " + c.getNewValue()).orElseThrow());
    }

    @Test
    void perUserLimitRefusesAThirdSessionInRefuseMode() {
        limits.set(null, 2, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        signedInBrowser("alice");
        signedInBrowser("alice");

        Page third = new Browser(base).signIn("alice", "demo");

        assertTrue(third.body().contains("You already have 2 active sessions."), "says why");
        assertTrue(signedIn(new Browser(base).signIn("bob", "demo")), "other users are not affected");
    }

    @Test
    void perUserLimitEndsTheUsersLongestIdleSessionInThatMode() {
        limits.set(null, 2, PerUserMode.END_LONGEST_IDLE, DanglingPolicy.COUNT);
        Browser older = signedInBrowser("alice");
        Browser newer = signedInBrowser("alice");
        rows.age(rows.onlyRowOf(older).getId(), Duration.ofMinutes(10), Duration.ofMinutes(10));

        assertTrue(signedIn(new Browser(base).signIn("alice", "demo")), "the new sign-in is admitted");

        assertEquals(EndReason.REPLACED, rows.onlyRowOf(older).getEndReason());
        assertNull(rows.onlyRowOf(newer).getEndedAt());
        assertTrue(older.get("app/home.xhtml").body().contains("you signed in on another device"));
    }

    @Test
    void aLoweredPerUserLimitEndsAsManyIdleSessionsAsItTakes() {
        List<Browser> sessions = List.of(signedInBrowser("bob"), signedInBrowser("bob"), signedInBrowser("bob"));
        limits.set(null, 2, PerUserMode.END_LONGEST_IDLE, DanglingPolicy.COUNT);

        assertTrue(signedIn(new Browser(base).signIn("bob", "demo")));

        long stillLive = sessions.stream().filter(b -> rows.onlyRowOf(b).getEndedAt() == null).count();
        assertEquals(1, stillLive, "two of the three earlier sessions ended, so bob has 2 with the new one");
    }

    @Test
    void theSettingsPageRefusesALimitAboveTheCapAndRecordsAValidChange() {
        Browser manager = signedInBrowser("admin", "it-admin-secret");
        Page settings = manager.get("app/site/settings.xhtml");
        assertTrue(settings.body().contains("The hosting provider&#39;s cap is 40")
                || settings.body().contains("The hosting provider's cap is 40"), "shows the cap");

        Page aboveCap = manager.submit(settings, "settings", "save", settingsForm("41"));

        assertTrue(aboveCap.body().contains("above the hosting provider&#39;s cap of 40")
                || aboveCap.body().contains("above the hosting provider's cap of 40"), "says why");
        assertTrue(limits.current().sessionsLimit().isEmpty(), "nothing changed");

        Page saved = manager.submit(aboveCap, "settings", "save", settingsForm("25"));

        assertTrue(saved.body().contains("Settings saved."));
        assertEquals(25, limits.current().sessionsLimit().orElseThrow());
        LimitChange change = limits.changes().get(0);
        assertEquals("admin", change.getChangedBy());
        assertEquals("sessionsLimit", change.getSetting());
        assertNull(change.getOldValue());
        assertEquals("25", change.getNewValue());
        assertTrue(saved.body().contains("1 of 25 sessions in use"), "usage against the new limit");
    }

    @Test
    void aNonManagerCanNeitherOpenNorPostTheSettings() {
        Browser user = signedInBrowser("alice");
        Page home = user.get("app/home.xhtml");

        assertEquals(403, user.get("app/site/settings.xhtml").status());
        Page forged = user.postTo("app/site/settings.xhtml", home, "settings", "save", settingsForm("5"));

        assertEquals(403, forged.status());
        assertTrue(limits.current().sessionsLimit().isEmpty(), "nothing changed");
    }

    private Map<String, String> settingsForm(String sessionsLimit) {
        return Map.of("sessionsLimit", sessionsLimit, "perUserLimit", "", "perUserMode", "REFUSE",
                "danglingMinutes", "60", "danglingPolicy", "COUNT");
    }

    private Browser signedInBrowser(String user) {
        return signedInBrowser(user, "demo");
    }

    private Browser signedInBrowser(String user, String password) {
        Browser browser = new Browser(base);
        assertTrue(signedIn(browser.signIn(user, password)), user + " signs in");
        return browser;
    }

    private static boolean signedIn(Page page) {
        return page.path().endsWith("/app/home.xhtml");
    }
}
