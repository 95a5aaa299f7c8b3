package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.AccountAction;
import org.rollcall.accounts.entity.AccountChange;
import org.rollcall.accounts.entity.Role;
import org.rollcall.platform.control.RollcallSettings;

/**
 * The rows of people who sign in through the company directory: made at their first sign-in, their role set
 * from the directory's groups at every sign-in, so their sessions have an owner and the grids a name.
 * <p>
 * A local account wins over the directory: a name that belongs to a local account is never signed in through
 * the directory, so adding a directory can't hand someone a local manager's account. A directory account a
 * manager disabled stays disabled whatever the directory says.
 */
@ApplicationScoped
@Transactional
public class DirectoryAccounts {

    /** Who the record names as having made a change the directory caused. */
    static final String DIRECTORY = "(directory)";

    private static final Logger LOG = Logger.getLogger(DirectoryAccounts.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    RollcallSettings settings;

    @Inject
    Clock clock;

    /** The account to sign in as after the directory accepted the password, or empty if it must be refused. */
    public Optional<Account> signedIn(String username, Set<String> directoryGroups) {
        Role role = roleFrom(directoryGroups);
        Optional<Account> existing = accounts.findByUsername(username);
        if (existing.isEmpty()) {
            Account account = accounts.create(Account.fromDirectory(username, role, clock.instant()));
            record(account, AccountAction.CREATED_FROM_DIRECTORY, role.name());
            LOG.log(Level.INFO, "Created the directory account ''{0}'' ({1}) at its first sign-in.",
                    new Object[] {username, role});
            return Optional.of(account);
        }
        Account account = existing.get();
        if (account.isLocal()) {
            LOG.log(Level.WARNING, "The directory accepted ''{0}'', but a local account has that name and wins: "
                    + "sign-in refused.", username);
            return Optional.empty();
        }
        if (!account.isEnabled()) {
            return Optional.empty();
        }
        if (account.getRole() != role) {
            record(account, AccountAction.ROLE_FROM_DIRECTORY, account.getRole() + " -> " + role);
            account.changeRole(role);
        }
        return Optional.of(account);
    }

    /** A manager when the directory lists them in the manager group ({@code cn}, any case); otherwise a user. */
    Role roleFrom(Set<String> directoryGroups) {
        return settings.ldapManagerGroup()
                .filter(manager -> directoryGroups.stream().anyMatch(manager::equalsIgnoreCase))
                .map(manager -> Role.MANAGER)
                .orElse(Role.USER);
    }

    private void record(Account account, AccountAction action, String detail) {
        accounts.record(new AccountChange(clock.instant(), DIRECTORY, account.getUsername(), action, detail));
    }
}
