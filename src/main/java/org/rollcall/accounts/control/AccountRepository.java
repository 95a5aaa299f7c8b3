package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.AccountChange;
import org.rollcall.accounts.entity.Role;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.platform.control.FirstRow;

/** Finds and stores accounts and the record of their changes. */
@ApplicationScoped
@Transactional
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivityLog activity;

    /** The account with this username in any case: {@code Alice} finds {@code alice}. */
    public Optional<Account> findByUsername(String username) {
        return FirstRow.of(em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("key", Account.keyOf(username)));
    }

    public List<Account> findDemoAccounts() {
        return em.createNamedQuery(Account.FIND_DEMO, Account.class).setParameter("demo", true).getResultList();
    }

    /**
     * The enabled managers, their rows locked until the transaction ends: two managers demoting each other at the
     * same moment then take turns, and the second sees that the first left only one.
     */
    public List<Account> lockEnabledManagers() {
        return em.createNamedQuery(Account.ENABLED_WITH_ROLE, Account.class)
                .setParameter("role", Role.MANAGER)
                .setParameter("enabled", true)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public Account create(Account account) {
        em.persist(account);
        return account;
    }

    public void remove(Account account) {
        em.remove(em.contains(account) ? account : em.merge(account));
    }

    /** Keeps the change for the Accounts page, and in the activity log, in the transaction that made it. */
    public void record(AccountChange change) {
        em.persist(change);
        activity.accountChanged(change);
    }

    public List<AccountChange> latestChanges(int howMany) {
        return em.createNamedQuery(AccountChange.LATEST, AccountChange.class).setMaxResults(howMany).getResultList();
    }
}
