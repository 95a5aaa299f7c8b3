package org.rollcall.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
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
import org.rollcall.accounts.control.AccountAdministration;
import org.rollcall.accounts.control.AccountFilter;
import org.rollcall.accounts.control.AccountRefused;
import org.rollcall.accounts.control.AccountSearch;
import org.rollcall.accounts.control.AccountView;
import org.rollcall.accounts.entity.AccountAction;
import org.rollcall.accounts.entity.AccountChange;
import org.rollcall.accounts.entity.Role;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.SessionRows;

/**
 * Managing accounts as a site manager does it, and what the people behind them notice at their next click: each
 * action, each refusal with its reason, and the record of every change. Every test makes accounts of its own.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String MANAGER = "admin";
    private static final String PASSWORD = "a perfectly long passphrase";

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Inject
    AccountAdministration administration;

    @Inject
    AccountSearch search;

    @Inject
    SessionRows rows;

    private String newAccount(String prefix, Role role) throws AccountRefused {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create(MANAGER, username, "Person " + prefix, role, PASSWORD.toCharArray());
        return username;
    }

    private AccountView account(String username) {
        return search.find(username).orElseThrow(() -> new AssertionError(username + " is missing"));
    }

    private List<AccountChange> changesOf(String username) {
        return administration.latestChanges(200).stream().filter(c -> c.getUsername().equals(username)).toList();
    }

    @Test
    void anAddedAccountSignsInAndTheGridShowsItsLastSignInAndSessions() throws AccountRefused {
        String username = newAccount("added", Role.USER);
        assertEquals(0, account(username).getLiveSessions());
        assertEquals(null, account(username).getLastSignInAt());

        Page home = new Browser(base).signIn(username, PASSWORD);

        assertTrue(home.path().endsWith("/app/home.xhtml"), home.toString());
        AccountView signedIn = account(username);
        assertEquals(1, signedIn.getLiveSessions());
        assertNotNull(signedIn.getLastSignInAt());
        assertEquals(1, search.find(new AccountFilter(username.toUpperCase(), Role.USER, true), List.of(), 0, 20)
                .size(), "found by name in any case, role and status");
        Browser manager = new Browser(base);
        manager.signIn(MANAGER, "it-admin-secret");
        Page listed = manager.get("app/site/sessions.xhtml?account=" + username);
        assertTrue(listed.body().contains("Only the sessions of " + username) && listed.body().contains("1–1 / 1"),
                "the Sessions link shows exactly that account's sessions: " + listed);
        AccountChange created = changesOf(username).get(0);
        assertEquals(AccountAction.CREATED, created.getAction());
        assertEquals(MANAGER, created.getChangedBy());
    }

    @Test
    void usernamesAreUniqueWhateverTheirCaseAndEveryRefusalSaysWhy() throws AccountRefused {
        String username = newAccount("Unique", Role.USER);
        long before = search.count(AccountFilter.EVERYONE);

        assertRefused("accounts.invalid.usernameTaken",
                () -> administration.create(MANAGER, username.toLowerCase(), "Twin", Role.USER, PASSWORD.toCharArray()));
        assertRefused("accounts.invalid.usernameCharacters",
                () -> administration.create(MANAGER, "eve*)(uid=*", "Eve", Role.USER, PASSWORD.toCharArray()));
        assertRefused("accounts.invalid.usernameLength",
                () -> administration.create(MANAGER, "x".repeat(65), "Long", Role.USER, PASSWORD.toCharArray()));
        assertRefused("password.invalid.tooShort",
                () -> administration.create(MANAGER, "shorty-" + UUID.randomUUID().toString().substring(0, 6),
                        "Shorty", Role.USER, "short".toCharArray()));
        assertRefused("password.invalid.common",
                () -> administration.create(MANAGER, "common-" + UUID.randomUUID().toString().substring(0, 6),
                        "Common", Role.USER, "qwertyuiop123".toCharArray()));

        assertEquals(before, search.count(AccountFilter.EVERYONE), "no refusal added an account");
        Page home = new Browser(base).signIn(username.toUpperCase(), PASSWORD);
        assertTrue(home.path().endsWith("/app/home.xhtml"), "signs in typed in any case: " + home);
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElseIsReachable() throws AccountRefused {
        String username = "onetime-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTime = administration.create(MANAGER, username, "New Colleague", Role.USER, null).orElseThrow();
        assertTrue(account(username).isPasswordChangeRequired());
        Browser browser = new Browser(base);

        Page landing = browser.signIn(username, oneTime);
        assertTrue(landing.path().endsWith("/app/account.xhtml"), "sent to My account: " + landing);
        assertTrue(landing.body().contains("You signed in with a one-time password."), landing.toString());
        Page elsewhere = browser.get("app/sessions.xhtml");
        assertTrue(elsewhere.path().endsWith("/app/account.xhtml"), "nothing else is reachable: " + elsewhere);

        Page common = browser.submit(elsewhere, "password", "changePassword", Map.of("currentPassword", oneTime,
                "newPassword", "password1234", "newPasswordRepeat", "password1234"));
        assertTrue(common.body().contains("one of the most common ones"), common.toString());
        Page changed = browser.submit(common, "password", "changePassword", Map.of("currentPassword", oneTime,
                "newPassword", PASSWORD, "newPasswordRepeat", PASSWORD, "signOutOthers_input", "on"));

        assertTrue(changed.path().endsWith("/app/home.xhtml"), "free to go on: " + changed);
        assertTrue(browser.get("app/sessions.xhtml").path().endsWith("/app/sessions.xhtml"));
        assertFalse(account(username).isPasswordChangeRequired());
        assertTrue(new Browser(base).signIn(username, oneTime).isSignInPage(), "the one-time password is spent");
    }

    @Test
    void disablingEndsTheSessionsAtOnceAndTheNextClickSaysWhy() throws AccountRefused {
        String username = newAccount("leaver", Role.USER);
        Browser browser = new Browser(base);
        browser.signIn(username, PASSWORD);

        administration.setEnabled(MANAGER, username, false);

        UserSession row = rows.onlyRowOf(browser);
        assertEquals(EndReason.ACCOUNT_DISABLED, row.getEndReason(), "ended at once, not at the next click");
        Page next = browser.get("app/home.xhtml");
        assertTrue(next.isSignInPage() && next.body().contains("Your account has been disabled."), next.toString());
        assertTrue(new Browser(base).signIn(username, PASSWORD).isSignInPage(), "can't sign in while disabled");

        administration.setEnabled(MANAGER, username, true);
        assertTrue(new Browser(base).signIn(username, PASSWORD).path().endsWith("/app/home.xhtml"));
        assertEquals(List.of(AccountAction.ENABLED, AccountAction.DISABLED, AccountAction.CREATED),
                changesOf(username).stream().map(AccountChange::getAction).toList());
    }

    @Test
    void aRoleChangeCountsAtTheNextRequestWithoutSigningInAgain() throws AccountRefused {
        String username = newAccount("promoted", Role.USER);
        Browser browser = new Browser(base);
        browser.signIn(username, PASSWORD);
        assertEquals(403, browser.get("app/site/accounts.xhtml").status());

        administration.update(MANAGER, username, "Promoted Person", Role.MANAGER);
        Page accounts = browser.get("app/site/accounts.xhtml");
        assertEquals(200, accounts.status(), accounts.toString());
        assertTrue(accounts.body().contains("Changes to accounts"));

        administration.update(MANAGER, username, "Promoted Person", Role.USER);
        assertEquals(403, browser.get("app/site/accounts.xhtml").status());
    }

    @Test
    void resettingAPasswordEndsTheSessionsAndOnlyTheOneTimePasswordSignsIn() throws AccountRefused {
        String username = newAccount("forgetful", Role.USER);
        Browser browser = new Browser(base);
        browser.signIn(username, PASSWORD);

        String oneTime = administration.resetPassword(MANAGER, username);

        Page next = browser.get("app/home.xhtml");
        assertTrue(next.isSignInPage() && next.body().contains("Your password was reset by a site manager."),
                next.toString());
        assertTrue(new Browser(base).signIn(username, PASSWORD).isSignInPage(), "the old password is gone");
        assertTrue(new Browser(base).signIn(username, oneTime).path().endsWith("/app/account.xhtml"));
    }

    @Test
    void deletingAnAccountRemovesItsSessionRowsAndNothingElse() throws AccountRefused {
        String leaving = newAccount("deleted", Role.USER);
        String staying = newAccount("stays", Role.USER);
        Browser leaver = new Browser(base);
        Browser stayer = new Browser(base);
        leaver.signIn(leaving, PASSWORD);
        stayer.signIn(staying, PASSWORD);

        administration.delete(MANAGER, leaving);

        assertTrue(rows.byUserAgent(leaver.userAgent()).isEmpty(), "its rows are gone");
        assertTrue(search.find(leaving).isEmpty());
        Page next = leaver.get("app/home.xhtml");
        assertTrue(next.isSignInPage() && next.body().contains("Your account was deleted by a site manager."),
                next.toString());
        assertTrue(stayer.get("app/home.xhtml").path().endsWith("/app/home.xhtml"), "others stay signed in");
        assertEquals(AccountAction.DELETED, changesOf(leaving).get(0).getAction(), "the record outlives it");
    }

    @Test
    void theLastEnabledManagerStaysAndNoManagerCanTakeTheirOwnRights() throws AccountRefused {
        String boss = newAccount("boss", Role.MANAGER);
        assertRefused("accounts.refused.disableSelf", () -> administration.setEnabled(boss, boss, false));
        assertRefused("accounts.refused.demoteSelf", () -> administration.update(boss, boss, "Boss", Role.USER));
        assertRefused("accounts.refused.deleteSelf", () -> administration.delete(boss, boss));

        List<String> others = new ArrayList<>();
        search.find(new AccountFilter(null, Role.MANAGER, true), List.of(), 0, 1000).stream()
                .map(AccountView::getUsername).filter(name -> !name.equals(boss)).forEach(others::add);
        try {
            for (String other : others) {
                administration.setEnabled(boss, other, false);
            }
            String auditor = "auditor"; // any caller who is not the account itself
            assertRefused("accounts.refused.lastManager", () -> administration.setEnabled(auditor, boss, false));
            assertRefused("accounts.refused.lastManager",
                    () -> administration.update(auditor, boss, "Boss", Role.USER));
            assertRefused("accounts.refused.lastManager", () -> administration.delete(auditor, boss));
            assertTrue(account(boss).isEnabled() && account(boss).isManager(), "unchanged by the refusals");
        } finally {
            for (String other : others) {
                administration.setEnabled(boss, other, true);
            }
        }
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndSignsOutTheOtherSessionsWhenAsked() throws AccountRefused {
        String username = newAccount("mover", Role.USER);
        Browser laptop = new Browser(base);
        Browser phone = new Browser(base);
        Browser tablet = new Browser(base);
        laptop.signIn(username, PASSWORD);
        phone.signIn(username, PASSWORD);
        Page mine = laptop.get("app/account.xhtml");

        Page wrong = laptop.submit(mine, "password", "changePassword", Map.of("currentPassword", "guess",
                "newPassword", "a brand new passphrase", "newPasswordRepeat", "a brand new passphrase",
                "signOutOthers_input", "on"));
        assertTrue(wrong.body().contains("The current password is wrong."), wrong.toString());
        assertTrue(phone.get("app/home.xhtml").path().endsWith("/app/home.xhtml"), "a refusal ends nothing");

        Page changed = laptop.submit(wrong, "password", "changePassword", Map.of("currentPassword", PASSWORD,
                "newPassword", "a brand new passphrase", "newPasswordRepeat", "a brand new passphrase",
                "signOutOthers_input", "on"));
        assertTrue(changed.body().contains("1 other session was signed out."), changed.toString());
        Page phoneNext = phone.get("app/home.xhtml");
        assertTrue(phoneNext.isSignInPage()
                && phoneNext.body().contains("Your password was changed in another session."), phoneNext.toString());
        assertTrue(laptop.get("app/home.xhtml").path().endsWith("/app/home.xhtml"), "this session stays");

        tablet.signIn(username, "a brand new passphrase");
        Page again = laptop.get("app/account.xhtml");
        Page kept = laptop.submit(again, "password", "changePassword", Map.of("currentPassword",
                "a brand new passphrase", "newPassword", PASSWORD + " again", "newPasswordRepeat", PASSWORD + " again"));
        assertTrue(kept.body().contains("No other session was signed out."), kept.toString());
        assertTrue(tablet.get("app/home.xhtml").path().endsWith("/app/home.xhtml"), "unticked: others stay");
        Page renamed = laptop.submit(laptop.get("app/account.xhtml"), "name", "saveName",
                Map.of("displayName", "Mover <b>Renamed</b>"));
        assertTrue(renamed.body().contains("Display name saved.") && renamed.body().contains("Mover &lt;b&gt;"),
                "saved, and shown as text: " + renamed);
        assertEquals("Mover <b>Renamed</b>", account(username).getDisplayName());
    }

    @Test
    void theAccountsPageListsAccountsForManagersOnly() {
        Browser manager = new Browser(base);
        manager.signIn(MANAGER, "it-admin-secret");
        Page page = manager.get("app/site/accounts.xhtml");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("alice") && page.body().contains("Site manager"), page.toString());

        Browser user = new Browser(base);
        user.signIn("bob", "demo");
        assertEquals(403, user.get("app/site/accounts.xhtml").status());
    }

    private static void assertRefused(String reason, ThrowingAction action) {
        AccountRefused refused = assertThrows(AccountRefused.class, action::run);
        assertEquals(reason, refused.messageKey());
    }

    @FunctionalInterface
    private interface ThrowingAction {
        void run() throws AccountRefused;
    }
}
