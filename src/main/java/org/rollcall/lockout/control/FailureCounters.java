package org.rollcall.lockout.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.lockout.entity.FailedSignIns;
import org.rollcall.lockout.entity.FailureSubject;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.entity.Utc;

/**
 * The counter rows. Reading whether a subject is locked out takes two primary-key reads and no lock; counting a
 * failure is one short transaction under the rows' locks, so failures on one node or many are counted one
 * after the other. The account's row is always locked before the address's, so two counts can't wait on each
 * other.
 */
@ApplicationScoped
@Transactional
public class FailureCounters {

    private static final Logger LOG = Logger.getLogger(FailureCounters.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    RollcallSettings settings;

    @Inject
    Clock clock;

    private LockoutPolicy accountPolicy;
    private LockoutPolicy addressPolicy;

    @PostConstruct
    void readPolicies() {
        accountPolicy = new LockoutPolicy(settings.signInMaxFailures(), settings.signInLockout(),
                settings.signInMaxLockout(), settings.signInFailureMemory());
        addressPolicy = new LockoutPolicy(settings.signInMaxFailuresPerIp(), settings.signInLockout(),
                settings.signInMaxLockout(), settings.signInFailureMemory());
    }

    /** The end of the later lock-out of the two subjects, if either is locked out now. */
    public Optional<Instant> lockedUntil(String accountName, String address) {
        Instant now = clock.instant();
        return Stream.of(find(FailureSubject.ACCOUNT, accountName), find(FailureSubject.ADDRESS, address))
                .flatMap(Optional::stream)
                .filter(f -> f.isLockedAt(now))
                .flatMap(f -> f.lockedUntil().stream())
                .max(Instant::compareTo);
    }

    /** Counts a failed sign-in against the account name and the address, locking them out when due. */
    public void countFailure(String accountName, String address) {
        Instant now = clock.instant();
        count(lockedForWrite(FailureSubject.ACCOUNT, accountName, now), accountPolicy, now);
        if (address != null) {
            count(lockedForWrite(FailureSubject.ADDRESS, address, now), addressPolicy, now);
        }
    }

    /** The account name signed in: its count starts afresh. The address keeps its count (see README). */
    public void forgive(String accountName) {
        lift(FailedSignIns.idOf(FailureSubject.ACCOUNT, accountName));
    }

    public List<FailedSignIns> lockedNow(int max) {
        return em.createNamedQuery(FailedSignIns.LOCKED, FailedSignIns.class)
                .setParameter("now", Utc.of(clock.instant()))
                .setMaxResults(max)
                .getResultList();
    }

    /** Removes a subject's count and lock-out; says whether there was one. */
    public boolean lift(String id) {
        return em.createNamedQuery(FailedSignIns.DELETE).setParameter("id", id).executeUpdate() == 1;
    }

    public int forgetStale() {
        return em.createNamedQuery(FailedSignIns.DELETE_STALE)
                .setParameter("now", Utc.of(clock.instant()))
                .executeUpdate();
    }

    private Optional<FailedSignIns> find(FailureSubject subject, String name) {
        return name == null ? Optional.empty()
                : Optional.ofNullable(em.find(FailedSignIns.class, FailedSignIns.idOf(subject, name)));
    }

    private FailedSignIns lockedForWrite(FailureSubject subject, String name, Instant now) {
        FailedSignIns found = em.find(FailedSignIns.class, FailedSignIns.idOf(subject, name),
                LockModeType.PESSIMISTIC_WRITE);
        if (found != null) {
            return found;
        }
        FailedSignIns fresh = new FailedSignIns(subject, name, now);
        em.persist(fresh);
        em.flush(); // a row another node inserted at the same moment fails here, and the caller tries again
        return fresh;
    }

    private static void count(FailedSignIns counter, LockoutPolicy policy, Instant now) {
        policy.countFailure(counter, now);
        counter.lockedUntil().filter(until -> until.isAfter(now)).ifPresent(until ->
            LOG.log(Level.WARNING, "Sign-ins for {0} ''{1}'' are refused until {2} after {3} failures in a row.",
                    new Object[] {counter.getSubject(), counter.getName(), until, counter.getFailures()}));
    }
}
