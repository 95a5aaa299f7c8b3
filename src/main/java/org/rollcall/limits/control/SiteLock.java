package org.rollcall.limits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.limits.entity.SiteLimits;

/**
 * The site's limits row, read plainly or taken under a pessimistic write lock that lasts to the end of the
 * caller's transaction. Sign-ins and settings changes take the lock; nothing else does, so it can't deadlock
 * with last-activity writes or the sweeper.
 */
@ApplicationScoped
@Transactional
public class SiteLock {

    @PersistenceContext
    EntityManager em;

    public SiteLimits lock() {
        SiteLimits limits = em.find(SiteLimits.class, SiteLimits.SITE, LockModeType.PESSIMISTIC_WRITE);
        if (limits == null) {
            limits = new SiteLimits(); // a database older than the limits: the insert's lock serves as well
            em.persist(limits);
            em.flush();
        }
        return limits;
    }

    /**
     * Whether the site has a limit of its own, read as a value: the row doesn't enter the persistence context,
     * so a {@link #lock()} after it in the same transaction reads the row afresh under the lock.
     */
    public boolean siteLimitSet() {
        return em.createNamedQuery(SiteLimits.SESSIONS_LIMIT, Integer.class).setParameter("site", SiteLimits.SITE)
                .getResultList().stream().anyMatch(Objects::nonNull);
    }

    /** The bound on live sessions is unknown from now on: after a change that sign-ins didn't see coming. */
    public void forgetBound() {
        lock().forgetBound();
    }

    public SiteLimits read() {
        return Optional.ofNullable(em.find(SiteLimits.class, SiteLimits.SITE)).orElseGet(SiteLimits::new);
    }

    /** Makes sure the row exists before the first sign-in, so sign-ins never race to create it. */
    public void ensureExists() {
        if (em.find(SiteLimits.class, SiteLimits.SITE) == null) {
            em.persist(new SiteLimits());
        }
    }
}
