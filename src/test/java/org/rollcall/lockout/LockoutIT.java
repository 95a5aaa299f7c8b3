package org.rollcall.lockout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.accounts.entity.Role;
import org.rollcall.testing.AccountFixtures;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.Eventually;
import org.rollcall.testing.SimultaneousSignIns;

/**
 * Brute-force protection as an attacker and the attacked account's owner meet it. The test server trusts
 * loopback as a proxy, so every test plays its own client addresses, and starts lock-outs at 3 seconds.
 * Each test attacks an account of its own.
 */
@ExtendWith(ArquillianExtension.class)
class LockoutIT {

    private static final String WRONG = "Wrong username or password.";
    private static final String THROTTLED = "Too many failed sign-ins. Please try again in";
    private static final String PASSWORD = "correct horse battery staple";

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Inject
    AccountFixtures accounts;

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithoutCheckingIt() {
        String victim = accounts.create("victim", PASSWORD, Role.USER);
        Browser attacker = Browser.from(base, address());
        for (int i = 1; i <= 5; i++) {
            assertTrue(attacker.signIn(victim, "guess-" + i).body().contains(WRONG), "guess " + i + " is checked");
        }
        long checksBefore = accounts.passwordChecks();

        Page guess = attacker.signIn(victim, "guess-6");
        Page right = attacker.signIn(victim, PASSWORD);

        assertEquals(429, guess.status(), guess.toString());
        assertTrue(guess.body().contains(THROTTLED), guess.toString());
        assertTrue(guess.headers().firstValue("Retry-After").isPresent(), "tells scripts when to come back");
        assertTrue(right.isSignInPage() && right.body().contains(THROTTLED), "the right password is refused too");
        assertEquals(checksBefore, accounts.passwordChecks(), "no password was hashed while locked out");
        assertTrue(signedIn(Browser.from(base, address()).signIn("bob", "demo")), "another user signs in");
        assertTrue(signedIn(Browser.from(base, attacker.forwardedFor()).signIn("carol", "demo")),
                "another account from the attacker's address signs in too");
    }

    @Test
    void anUnknownAccountNameIsCountedAndAnsweredExactlyLikeARealOne() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        String victim = accounts.create("victim", PASSWORD, Role.USER);
        Browser attacker = Browser.from(base, address());
        for (int i = 1; i <= 5; i++) {
            assertTrue(attacker.signIn(nobody, "guess").body().contains(WRONG));
            assertTrue(attacker.signIn(victim, "guess").body().contains(WRONG));
        }

        Page unknown = attacker.signIn(nobody, "guess");
        Page known = attacker.signIn(victim, "guess");

        assertEquals(429, unknown.status());
        assertEquals(message(known), message(unknown), "nothing tells which account exists");
    }

    @Test
    void theLockOutEndsByItselfAndASuccessfulSignInStartsTheCountAfresh() {
        String victim = accounts.create("victim", PASSWORD, Role.USER);
        Browser owner = Browser.from(base, address());
        for (int i = 1; i <= 5; i++) {
            owner.signIn(victim, "typo-" + i);
        }
        assertEquals(429, owner.signIn(victim, PASSWORD).status(), "locked out");

        Page home = Eventually.await("the 3-second lock-out to end", Duration.ofSeconds(20), Duration.ofSeconds(1),
                () -> Browser.from(base, owner.forwardedFor()).signIn(victim, PASSWORD), LockoutIT::signedIn);

        assertTrue(signedIn(home));
        Browser later = Browser.from(base, owner.forwardedFor());
        for (int i = 1; i <= 4; i++) {
            assertTrue(later.signIn(victim, "typo-" + i).body().contains(WRONG), "counting starts again: " + i);
        }
    }

    @Test
    void aManagerSeesTheLockedAccountAndLiftsTheLock() {
        String victim = accounts.create("victim", PASSWORD, Role.USER);
        Browser attacker = Browser.from(base, address());
        for (int i = 1; i <= 6; i++) {
            attacker.signIn(victim, "guess-" + i);
        }
        Browser manager = Browser.from(base, address());
        manager.signIn("admin", "it-admin-secret");
        Page lockouts = manager.get("app/site/lockouts.xhtml");
        assertTrue(lockouts.body().contains(victim), "the manager sees the locked account: " + lockouts);

        Page lifted = manager.submit(lockouts, "lockouts", "table:" + row(lockouts, victim) + ":lift", Map.of());

        assertTrue(lifted.body().contains("Lifted the lock-out of " + victim), lifted.toString());
        assertTrue(signedIn(Browser.from(base, address()).signIn(victim, PASSWORD)), "the owner signs in at once");
    }

    @Test
    void onlyManagersSeeOrLiftLockOuts() {
        Browser user = Browser.from(base, address());
        Page home = user.signIn("dave", "demo");

        assertEquals(403, user.get("app/site/lockouts.xhtml").status());
        assertEquals(403, user.postTo("app/site/lockouts.xhtml", home, "lockouts", "table:0:lift", Map.of()).status());
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressButNotTheAccounts() {
        String address = address();
        for (int i = 1; i <= 20; i++) {
            assertTrue(Browser.from(base, address).signIn("spray-" + UUID.randomUUID(), "guess").body().contains(WRONG));
        }

        Page fromThere = Browser.from(base, address).signIn("bob", "demo");

        assertEquals(429, fromThere.status(), "everyone at that address waits: " + fromThere);
        assertTrue(signedIn(Browser.from(base, address()).signIn("bob", "demo")), "bob elsewhere signs in");
    }

    @Test
    void aFloodOfSixteenParallelGuessersIsStoppedAfterItsFirstRound() throws Exception {
        String victim = accounts.create("victim", PASSWORD, Role.USER);
        List<Browser> guessers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            guessers.add(Browser.from(base, address()));
        }
        long checksBefore = accounts.passwordChecks();
        allAtOnce(guessers, victim);
        long firstRound = accounts.passwordChecks() - checksBefore;

        List<Page> secondRound = allAtOnce(guessers, victim);
        List<Page> thirdRound = allAtOnce(guessers, victim);

        assertTrue(firstRound >= 5 && firstRound <= 16, "at most one check per parallel guesser: " + firstRound);
        assertEquals(firstRound, accounts.passwordChecks() - checksBefore, "nothing checked after the first round");
        assertTrue(secondRound.stream().allMatch(p -> p.status() == 429), "all refused: " + secondRound.get(0));
        assertTrue(thirdRound.stream().allMatch(p -> p.status() == 429));
    }

    /** One wrong guess from every browser, all posted at the same moment. */
    private static List<Page> allAtOnce(List<Browser> browsers, String username) throws Exception {
        List<Page> forms = browsers.stream().map(b -> b.get("login.xhtml")).toList();
        return SimultaneousSignIns.post(browsers, forms,
                i -> Map.of("username", username, "password", "guess-" + i + "-" + UUID.randomUUID()));
    }

    /** A client address of the test's own (a header value only: from the range set aside for benchmarks). */
    private static String address() {
        return "198.18." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    /** The index of the table row naming {@code name}. */
    private static int row(Page page, String name) {
        int at = page.body().indexOf(">" + name + "<");
        String before = page.body().substring(0, at);
        return before.split("data-ri=\"", -1).length - 2;
    }

    private static String message(Page page) {
        int at = page.body().indexOf("Too many");
        return page.body().substring(at, page.body().indexOf('<', at));
    }

    private static boolean signedIn(Page page) {
        return page.path().endsWith("/app/home.xhtml");
    }
}
