package org.rollcall.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URL;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.LimitFixtures;
import org.rollcall.testing.SessionRows;
import org.rollcall.testing.SimultaneousSignIns;
import org.rollcall.testing.SiteLockHolder;

/**
 * Admission on a big site: sign-ins that don't count the live sessions stay exact next to a hundred thousand of
 * them, whether the bound kept beside the lock vouches for a seat or the count has to be made; and without a
 * site-wide limit, sign-ins don't wait for the site lock at all.
 */
@ExtendWith(ArquillianExtension.class)
class AdmissionAtScaleIT {

    private static final int LIVE = 100_000;
    private static final String SEEDED = "admission-at-scale-seed";
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave");

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
    SiteLockHolder lockHolder;

    /** An empty site, and no provider's cap (the test server starts with one): the site's own limit alone. */
    @BeforeEach
    void emptySite() {
        limits.reset();
        limits.providerCap(null);
    }

    @AfterEach
    void removeSeededRows() {
        rows.deleteByUserAgent(SEEDED);
        limits.reset();
    }

    @Test
    void aLimitJustAboveAHundredThousandLiveSessionsAdmitsExactlyTheSeatsLeftAgainAndAgain() throws Exception {
        Instant now = Instant.now();
        rows.insertMany("alice", LIVE, now, now.plus(Duration.ofHours(2)), SEEDED);
        limits.set(LIVE + 10, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);

        List<Page> first = signInAtOnce(60, "first");
        assertEquals(10, admitted(first), "ten seats were left");
        assertEquals(50, refused(first, LIVE + 10), "the others are refused with the limit's message");
        assertEquals(LIVE + 10, registry.countLive());

        // Seats freed by sign-outs don't lower the bound the sign-ins keep: it must not admit less than exact...
        rows.endByUserAgentPrefix("first/", 7);
        List<Page> second = signInAtOnce(60, "second");
        assertEquals(7, admitted(second), "the seven seats freed meanwhile");
        assertEquals(LIVE + 10, registry.countLive());

        // ...nor more, however many arrive once the limit is raised.
        limits.set(LIVE + 40, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        List<Page> third = signInAtOnce(60, "third");
        assertEquals(30, admitted(third), "the thirty new seats");
        assertEquals(LIVE + 40, registry.countLive());
    }

    @Test
    void withoutALimitASignInDoesNotWaitForTheSiteLock() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ManagedExecutorService executor = executor();
        Future<?> holder = executor.submit(() -> {
            lockHolder.hold(held, release);
            return null;
        });
        try {
            assertTrue(held.await(30, TimeUnit.SECONDS), "the site lock is held");
            Page page = new Browser(base).signIn("bob", "demo");
            boolean stillHeld = !holder.isDone();
            assertTrue(page.path().endsWith("/app/home.xhtml"), "signed in: " + page);
            assertTrue(stillHeld, "while the site lock was held by someone else");
        } finally {
            release.countDown();
            holder.get(1, TimeUnit.MINUTES);
        }
    }

    private List<Page> signInAtOnce(int count, String wave) throws Exception {
        String prefix = wave + "/" + UUID.randomUUID() + "/";
        List<Browser> browsers = new ArrayList<>();
        List<Page> loginPages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Browser browser = new Browser(base, prefix + i);
            browsers.add(browser);
            loginPages.add(browser.get("login.xhtml"));
        }
        return SimultaneousSignIns.post(browsers, loginPages,
                i -> Map.of("username", USERS.get(i % USERS.size()), "password", "demo"));
    }

    private static long admitted(List<Page> answers) {
        return answers.stream().filter(page -> page.path().endsWith("/app/home.xhtml")).count();
    }

    private static long refused(List<Page> answers, int limit) {
        return answers.stream().filter(page -> page.body().contains(
                "There are more than " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(limit)
                        + " active user sessions.")).count();
    }

    private static ManagedExecutorService executor() throws NamingException {
        return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    }
}
