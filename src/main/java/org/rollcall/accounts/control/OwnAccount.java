package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.AccountAction;
import org.rollcall.accounts.entity.AccountChange;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.entity.EndReason;

/**
 * What everyone may change of their own account: the name others see, and their password, which needs the
 * current one (a browser left signed in must not be enough to take the account over).
 */
@ApplicationScoped
@Transactional(rollbackOn = AccountRefused.class)
public class OwnAccount {

    private static final Logger LOG = Logger.getLogger(OwnAccount.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionRegistry sessions;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    Clock clock;

    public Account find(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    public void changeDisplayName(String username, String displayName) throws AccountRefused {
        Account account = find(username);
        String shownName = displayName == null ? "" : displayName.strip();
        UsernameRules.checkDisplayName(shownName);
        if (!account.getDisplayName().equals(shownName)) {
            account.changeDisplayName(shownName);
            record(account, AccountAction.DISPLAY_NAME_CHANGED, shownName);
        }
    }

    /**
     * Replaces the password after checking the current one; ends the account's other sessions when asked.
     * Returns how many it ended.
     */
    public int changePassword(String username, char[] current, char[] next, boolean signOutOthers,
            String currentRowId) throws AccountRefused {
        Account account = find(username);
        if (!account.isLocal() || account.getPasswordHash().isEmpty()) {
            throw new AccountRefused(null, "myAccount.refused.directoryPassword");
        }
        if (current == null || !hasher.verify(current, account.getPasswordHash().get())) {
            throw new AccountRefused("currentPassword", "myAccount.invalid.currentPassword");
        }
        passwordPolicy.check(next, account.getUsername());
        if (Arrays.equals(current, next)) {
            throw new AccountRefused("password", "myAccount.invalid.samePassword");
        }
        account.changePassword(hasher.hash(next), false);
        record(account, AccountAction.PASSWORD_CHANGED, null);
        int ended = signOutOthers ? sessions.endAllOf(account, EndReason.PASSWORD_CHANGED, currentRowId) : 0;
        LOG.log(Level.INFO, "''{0}'' changed their password, ending {1} other session(s).",
                new Object[] {account.getUsername(), ended});
        return ended;
    }

    private void record(Account account, AccountAction action, String detail) {
        accounts.record(new AccountChange(clock.instant(), account.getUsername(), account.getUsername(), action,
                detail));
    }
}
