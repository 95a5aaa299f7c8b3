package org.rollcall.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rollcall.accounts.control.PasswordHasher;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.Role;

/**
 * Test-only: accounts of a test's own, so that changing a role or disabling one can't disturb another test,
 * and quick changes to them that tests of other components need, without the accounts rules (those are
 * tested in AccountsIT). Only in test deployments.
 */
@ApplicationScoped
@Transactional
public class AccountFixtures {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    /** A new account with a unique name; returns the name. */
    public String create(String prefix, String password, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        em.persist(new Account(username, prefix, hasher.hash(password.toCharArray()), role, false));
        return username;
    }

    /**
     * {@code count} new users named {@code prefix-<n>-<unique>}, displayed as {@code prefix}, that can't sign in
     * (no password is hashed: quick enough for hundreds); returns their names in the order made.
     */
    public List<String> createMany(String prefix, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = prefix + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
            em.persist(new Account(username, prefix, "not a password hash", Role.USER, false));
            names.add(username);
        }
        return names;
    }

    public void setRole(String username, Role role) {
        em.createQuery("UPDATE Account a SET a.role = :role WHERE a.username = :username")
                .setParameter("role", role).setParameter("username", username).executeUpdate();
    }

    public void setEnabled(String username, boolean enabled) {
        em.createQuery("UPDATE Account a SET a.enabled = :enabled WHERE a.username = :username")
                .setParameter("enabled", enabled).setParameter("username", username).executeUpdate();
    }

    /** Passwords this node has checked so far: what throttling keeps from growing. */
    public long passwordChecks() {
        return hasher.checks();
    }
}
