package org.rollcall.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.activity.entity.ActivityKind;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.testing.ActivityEvents;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.Eventually;
import org.rollcall.testing.LimitFixtures;
import org.rollcall.testing.SessionRows;
import org.rollcall.testing.UsageRows;
import org.rollcall.usage.control.UsageRecording;
import org.rollcall.usage.entity.UsageHour;

/**
 * Usage by the hour as a manager reads it: the hour's sign-ins and refusals agree with the activity log however
 * many nodes record them at once, a sign-in near the limit raises the peak at once, the Usage page draws it for
 * managers only, and the home page shows managers the site and everyone their own sessions.
 */
@ExtendWith(ArquillianExtension.class)
class UsageIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Inject
    UsageRecording recording;

    @Inject
    UsageRows usageRows;

    @Inject
    ActivityEvents events;

    @Inject
    LimitFixtures limits;

    @Inject
    SessionRows rows;

    @Resource
    ManagedExecutorService executor;

    @BeforeEach
    void emptySite() {
        limits.reset();
    }

    /** On PostgreSQL and MariaDB the next test class shares the site: no limit of 2 or 3, no live rows left. */
    @AfterEach
    void leaveTheSiteEmpty() {
        limits.reset();
    }

    @Test
    void anHoursSignInsAndRefusalsAgreeWithTheLogHoweverManyNodesRecordItAtOnce() throws Exception {
        Instant hour = anHourWithTimeToSpare();
        new Browser(base).signIn("alice", "demo");
        new Browser(base).signIn("bob", "demo");
        new Browser(base).signIn("nobody-" + UUID.randomUUID(), "a-guess");
        limits.set(2, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        assertTrue(new Browser(base).signIn("carol", "demo").body().contains("There are more than 2 active"));

        // Four "nodes" recording the same hours three times each, all at once.
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> nodes = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            nodes.add(executor.submit(() -> {
                start.await();
                for (int round = 0; round < 3; round++) {
                    recording.record();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> node : nodes) {
            node.get();
        }

        UsageHour row = usageRows.find(hour).orElseThrow();
        Instant next = hour.plus(1, ChronoUnit.HOURS);
        assertEquals(events.count(ActivityKind.SIGNED_IN, null, hour, next), row.getSignIns(),
                "every sign-in of the hour once");
        assertEquals(events.count(ActivityKind.SIGN_IN_REFUSED, null, hour, next), row.getRefusals(),
                "every refusal once");
        assertEquals(events.count(ActivityKind.SIGN_IN_REFUSED, "SITE_FULL", hour, next), row.getFullRefusals());
        assertEquals(events.count(ActivityKind.SESSION_ENDED, "RECLAIMED", hour, next), row.getReclaims(),
                "every seat reclaimed for a sign-in once");
        assertTrue(row.getSignIns() >= 2 && row.getRefusals() >= 2 && row.getFullRefusals() >= 1, row.toString());
        assertTrue(row.getPeakLive() >= 2, "alice and bob were live at once: " + row);
    }

    @Test
    void aCountingSignInRaisesTheHoursPeakAtOnceAndARefusalMakesTheHourFull() {
        Instant hour = anHourWithTimeToSpare();
        usageRows.forget(hour);
        recording.record();
        assertEquals(0, usageRows.find(hour).orElseThrow().getPeakLive(), "nobody is signed in");
        limits.set(3, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);

        new Browser(base).signIn("alice", "demo"); // the first sign-in after a change of limits counts
        Eventually.await("the peak raised by alice's sign-in", Duration.ofSeconds(10),
                () -> usageRows.find(hour).orElseThrow(), row -> row.getPeakLive() == 1);
        new Browser(base).signIn("bob", "demo");
        new Browser(base).signIn("carol", "demo");
        assertTrue(new Browser(base).signIn("dave", "demo").body().contains("There are more than 3 active"));
        recording.record();

        UsageHour row = usageRows.find(hour).orElseThrow();
        assertEquals(3, row.getPeakLive(), "sampled after the sweep");
        assertEquals(3, row.getLimitInForce().orElseThrow(), "against the site's limit of 3");
        assertTrue(row.getFullRefusals() >= 1, "dave was turned away for want of a seat");

        Browser admin = new Browser(base);
        admin.signIn("admin", "it-admin-secret"); // a manager passes the site limit (not the cap)
        Page usage = admin.get("app/site/usage.xhtml");
        assertEquals(200, usage.status(), usage.toString());
        assertTrue(usage.body().contains("Full on 1 day of the last 30"), usage.body());
        assertTrue(usage.body().contains("Most sessions at once"), "the charts' series are named");
        assertTrue(usage.body().contains("PrimeFaces.cw(\"Chart\""), "drawn by PrimeFaces' Chart.js widget");

        Browser bob = new Browser(base);
        limits.set(null, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        bob.signIn("bob", "demo");
        assertEquals(403, bob.get("app/site/usage.xhtml").status(), "usage is the managers' business");
    }

    @Test
    void withNoLimitInForceAnHourIsMeasuredAgainstNone() {
        Instant hour = anHourWithTimeToSpare();
        usageRows.forget(hour);
        limits.providerCap(null);
        try {
            new Browser(base).signIn("alice", "demo");
            recording.record();

            UsageHour row = usageRows.find(hour).orElseThrow();
            assertTrue(row.getLimitInForce().isEmpty(), "no cap, no site limit: " + row);
            assertTrue(row.getPeakLive() >= 1, "alice is live");
        } finally {
            limits.reset(); // the cap the server started with
        }
    }

    @Test
    void homeShowsAManagerTheSiteAndAUserOnlyTheirOwnSessionsAndSignIns() {
        Browser laptop = new Browser(base);
        laptop.signIn("dave", "demo");
        Browser phone = new Browser(base);
        phone.signIn("dave", "demo");
        new Browser(base, "someone-else").signIn("dave", "a-guess");
        rows.age(rows.onlyRowOf(phone).getId(), Duration.ofHours(2), Duration.ofHours(3));

        String daves = laptop.get("app/home.xhtml").body();
        assertTrue(daves.contains("You have 2 live sessions, this one included."), daves);
        assertTrue(daves.contains("Refused: wrong password"), "the guess shows among his recent sign-ins");
        assertFalse(daves.contains("in use"), "the site's figures are the managers' business");
        assertFalse(daves.contains("Latest events"));

        Browser admin = new Browser(base);
        String home = admin.signIn("admin", "it-admin-secret").body();
        assertTrue(home.contains("3 sessions of 40 in use"), home);
        assertTrue(home.contains("1 dangling session"), "dave's phone has been idle for two hours");
        assertTrue(home.contains("sessions.xhtml?dangling=true"), "with a link to it");
        Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
        long refused = events.count(ActivityKind.SIGN_IN_REFUSED, null, today, Instant.now().plusSeconds(1));
        assertTrue(home.contains(refused == 1 ? "1 sign-in refused today" : refused + " sign-ins refused today"),
                "every refusal since midnight (UTC), dave's among them: " + refused);
        assertTrue(home.contains("Latest events"));

        String dangling = admin.get("app/site/sessions.xhtml?dangling=true").body();
        assertTrue(dangling.contains(phone.userAgent()), "the link opens the grid on the dangling phone");
        assertFalse(dangling.contains(laptop.userAgent()), "and only on what dangles");
    }

    /** The current hour, after waiting out its last 30 seconds: a test's events all fall in one hour. */
    private static Instant anHourWithTimeToSpare() {
        Instant now = Instant.now();
        Instant next = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        if (Duration.between(now, next).toSeconds() < 30) {
            try {
                Thread.sleep(Duration.between(now, next).toMillis() + 100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Instant.now().truncatedTo(ChronoUnit.HOURS);
    }
}
