package org.rollcall.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.rollcall.accounts.control.AccountRepository;
import org.rollcall.accounts.entity.Account;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.sessions.entity.Utc;

/**
 * Ends sessions for managers and for their owners. The rules are in the queries: a session already ended
 * stays as it was, the caller's own current session ({@code keep}) is never ended from here, and an owner's
 * query matches only rows of that owner, whatever id was posted. Callers check the role.
 */
@ApplicationScoped
@Transactional
public class SessionEnding {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    SessionRegistry registry;

    @Inject
    Clock clock;

    /** A manager ends the given sessions; returns how many it ended. */
    public int endByManager(Collection<String> ids, String keep) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(UserSession.END_SOME)
                .setParameter("now", Utc.of(clock.instant()))
                .setParameter("reason", EndReason.ENDED_BY_MANAGER)
                .setParameter("ids", List.copyOf(ids))
                .setParameter("keep", keep)
                .executeUpdate();
    }

    /** A manager ends every session of one user. */
    public int endAllOfUser(String username, String keep) {
        return accounts.findByUsername(username)
                .map(account -> registry.endAllOf(account, EndReason.ENDED_BY_MANAGER, keep))
                .orElse(0);
    }

    /** A user signs out one of their other sessions; false if it isn't theirs, is this one, or already ended. */
    public boolean endOwn(String owner, String id, String current) {
        Account account = accounts.findByUsername(owner).orElseThrow();
        return em.createNamedQuery(UserSession.END_OWN)
                .setParameter("now", Utc.of(clock.instant()))
                .setParameter("reason", EndReason.ENDED_BY_OWNER)
                .setParameter("id", id)
                .setParameter("account", account)
                .setParameter("keep", current)
                .executeUpdate() == 1;
    }

    /** A user signs out all their sessions but this one. */
    public int endAllOtherOwn(String owner, String current) {
        return registry.endAllOf(accounts.findByUsername(owner).orElseThrow(), EndReason.ENDED_BY_OWNER, current);
    }
}
