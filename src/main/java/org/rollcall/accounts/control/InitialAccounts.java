package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.Role;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.control.SessionRegistry;

/**
 * The accounts a site needs on its first start: the manager {@code admin}, and the demo users only while the
 * demo switch is on.
 */
@ApplicationScoped
public class InitialAccounts {

    static final String ADMIN = "admin";
    static final List<String> DEMO_USERS = List.of("alice", "bob", "carol", "dave");
    static final String DEMO_PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(InitialAccounts.class.getName());

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    RollcallSettings settings;

    @Inject
    SessionRegistry sessions;

    @Inject
    Clock clock;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            createAdminIfMissing();
            if (settings.demo()) {
                DEMO_USERS.forEach(this::createDemoUserIfMissing);
            } else {
                removeDemoUsers();
            }
        } catch (PersistenceException | TransactionalException e) {
            // Another node sharing the database created the same account a moment earlier.
            LOG.log(Level.INFO, "Initial accounts were created by another node: {0}", e.getMessage());
        }
    }

    private void createAdminIfMissing() {
        if (accounts.findByUsername(ADMIN).isPresent()) {
            return;
        }
        String password = settings.adminPassword().orElseGet(OneTimePasswords::generate);
        boolean generated = settings.adminPassword().isEmpty();
        // A generated password is one-time like any a manager hands out: it has been on a console.
        accounts.create(Account.local(ADMIN, "Site manager", Role.MANAGER, hasher.hash(password.toCharArray()),
                generated, clock.instant()));
        if (settings.adminPassword().isPresent()) {
            LOG.log(Level.INFO, "Created the manager account ''{0}'' with the password from {1}.",
                    new Object[] {ADMIN, RollcallSettings.environmentName(RollcallSettings.ADMIN_PASSWORD)});
        } else {
            LOG.log(Level.WARNING, "Created the manager account ''{0}'' with a generated password, printed once on "
                    + "the console (standard output), not in this log. Lost it? Set {1} on a new data directory.",
                    new Object[] {ADMIN, RollcallSettings.environmentName(RollcallSettings.ADMIN_PASSWORD)});
            Console.print(String.format("%n  Rollcall: the site manager account '%s' has the one-time password %s%n"
                    + "  (shown this once; it is in no log file; choose your own at the first sign-in).%n%n",
                    ADMIN, password));
        }
    }

    private void createDemoUserIfMissing(String username) {
        if (accounts.findByUsername(username).isEmpty()) {
            String displayName = Character.toUpperCase(username.charAt(0)) + username.substring(1);
            accounts.create(new Account(username, displayName, hasher.hash(DEMO_PASSWORD.toCharArray()),
                    Role.USER, true));
            LOG.log(Level.INFO, "Created the demo user ''{0}''.", username);
        }
    }

    private void removeDemoUsers() {
        for (Account demoUser : accounts.findDemoAccounts()) {
            sessions.deleteAllOf(demoUser);
            accounts.remove(demoUser);
            LOG.log(Level.INFO, "Removed the demo user ''{0}'' because the demo switch is off.",
                    demoUser.getUsername());
        }
    }
}
