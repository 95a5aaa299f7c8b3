package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;
import org.rollcall.platform.control.FirstRow;

/** Finds and stores accounts. */
@ApplicationScoped
@Transactional
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return FirstRow.of(em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username));
    }

    public List<Account> findDemoAccounts() {
        return em.createNamedQuery(Account.FIND_DEMO, Account.class).setParameter("demo", true).getResultList();
    }

    public Account create(Account account) {
        em.persist(account);
        return account;
    }

    public void remove(Account account) {
        em.remove(em.contains(account) ? account : em.merge(account));
    }
}
