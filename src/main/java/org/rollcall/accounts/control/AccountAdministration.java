package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.AccountAction;
import org.rollcall.accounts.entity.AccountChange;
import org.rollcall.accounts.entity.Role;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.entity.EndReason;

/**
 * What a site manager does to accounts, with its rules: a refusal changes nothing and says why. Every change is
 * recorded (who, when, what) in the same transaction as the change itself. Disabling, resetting or deleting an
 * account ends its sessions in that transaction too, so they stop counting against the limits at once. Callers
 * check the role.
 * <p>
 * The last-manager rule holds under concurrency: the enabled managers' rows are locked before they are counted.
 */
@ApplicationScoped
@Transactional(rollbackOn = AccountRefused.class)
public class AccountAdministration {

    private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

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

    /**
     * Adds a local account. With a password, that is its password; without one, a one-time password is generated
     * and returned, to be shown this once: its owner must choose their own at the first sign-in.
     */
    public Optional<String> create(String manager, String username, String displayName, Role role, char[] password)
            throws AccountRefused {
        String name = strip(username);
        String shownName = strip(displayName);
        UsernameRules.check(name);
        UsernameRules.checkDisplayName(shownName);
        if (accounts.findByUsername(name).isPresent()) {
            throw new AccountRefused("username", "accounts.invalid.usernameTaken", name);
        }
        boolean oneTime = password == null;
        String chosen = oneTime ? OneTimePasswords.generate() : null;
        if (!oneTime) {
            passwordPolicy.check(password, name);
        }
        String hash = hasher.hash(oneTime ? chosen.toCharArray() : password);
        accounts.create(Account.local(name, shownName, role, hash, oneTime, clock.instant()));
        record(manager, name, AccountAction.CREATED, role.name() + (oneTime ? ", one-time password" : ""));
        LOG.log(Level.INFO, "{0} added the account ''{1}'' ({2}).", new Object[] {manager, name, role});
        return Optional.ofNullable(chosen);
    }

    /** Changes the display name and the role; a role change counts from the account's next request. */
    public void update(String manager, String username, String displayName, Role role) throws AccountRefused {
        Account account = existing(username);
        String shownName = strip(displayName);
        UsernameRules.checkDisplayName(shownName);
        if (account.getRole() != role) {
            if (!account.isLocal()) {
                throw new AccountRefused("role", "accounts.refused.directoryRole");
            }
            if (role != Role.MANAGER) {
                refuseLosingAManager(manager, account, "accounts.refused.demoteSelf");
            }
            record(manager, account.getUsername(), AccountAction.ROLE_CHANGED, account.getRole() + " -> " + role);
            account.changeRole(role);
        }
        if (!account.getDisplayName().equals(shownName)) {
            record(manager, account.getUsername(), AccountAction.DISPLAY_NAME_CHANGED, shownName);
            account.changeDisplayName(shownName);
        }
    }

    /** Disables an account (ending its sessions) or enables it again. */
    public void setEnabled(String manager, String username, boolean enabled) throws AccountRefused {
        Account account = existing(username);
        if (account.isEnabled() == enabled) {
            return;
        }
        if (!enabled) {
            refuseLosingAManager(manager, account, "accounts.refused.disableSelf");
        }
        account.setEnabled(enabled);
        record(manager, account.getUsername(), enabled ? AccountAction.ENABLED : AccountAction.DISABLED, null);
        if (!enabled) {
            int ended = sessions.endAllOf(account, EndReason.ACCOUNT_DISABLED, null, manager);
            LOG.log(Level.INFO, "{0} disabled the account ''{1}'', ending {2} session(s).",
                    new Object[] {manager, account.getUsername(), ended});
        }
    }

    /** Gives a local account a new one-time password, returned to be shown once, and ends its sessions. */
    public String resetPassword(String manager, String username) throws AccountRefused {
        Account account = existing(username);
        if (!account.isLocal()) {
            throw new AccountRefused(null, "accounts.refused.directoryPassword");
        }
        if (account.getUsername().equalsIgnoreCase(manager)) {
            throw new AccountRefused(null, "accounts.refused.resetSelf");
        }
        String password = OneTimePasswords.generate();
        account.changePassword(hasher.hash(password.toCharArray()), true);
        record(manager, account.getUsername(), AccountAction.PASSWORD_RESET, null);
        sessions.endAllOf(account, EndReason.PASSWORD_RESET, null, manager);
        LOG.log(Level.INFO, "{0} reset the password of ''{1}''.", new Object[] {manager, account.getUsername()});
        return password;
    }

    /** Deletes an account and its session rows, nothing else: the record of its changes stays. */
    public void delete(String manager, String username) throws AccountRefused {
        Account account = existing(username);
        refuseLosingAManager(manager, account, "accounts.refused.deleteSelf");
        sessions.deleteAllOf(account);
        accounts.remove(account);
        record(manager, account.getUsername(), AccountAction.DELETED, null);
        LOG.log(Level.INFO, "{0} deleted the account ''{1}''.", new Object[] {manager, account.getUsername()});
    }

    public List<AccountChange> latestChanges(int howMany) {
        return accounts.latestChanges(howMany);
    }

    /**
     * Refuses a change that would take this manager's own rights, or leave the site without an enabled manager:
     * nobody could then manage it from the pages.
     */
    private void refuseLosingAManager(String manager, Account account, String selfKey) throws AccountRefused {
        if (account.getUsername().equalsIgnoreCase(manager)) {
            throw new AccountRefused(null, selfKey);
        }
        if (account.getRole() != Role.MANAGER || !account.isEnabled()) {
            return;
        }
        List<Account> managers = accounts.lockEnabledManagers();
        if (managers.size() <= 1 && managers.contains(account)) {
            throw new AccountRefused(null, "accounts.refused.lastManager", account.getUsername());
        }
    }

    private Account existing(String username) throws AccountRefused {
        return accounts.findByUsername(strip(username))
                .orElseThrow(() -> new AccountRefused(null, "accounts.refused.missing", username));
    }

    private void record(String manager, String username, AccountAction action, String detail) {
        accounts.record(new AccountChange(clock.instant(), manager, username, action, detail));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
