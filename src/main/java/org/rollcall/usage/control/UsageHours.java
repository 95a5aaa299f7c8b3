package org.rollcall.usage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rollcall.activity.control.SignInTally;
import org.rollcall.sessions.entity.Utc;
import org.rollcall.usage.entity.UsageHour;

/**
 * The hour rows. Every write sets a figure or raises a peak, so writing an hour twice, or from two nodes at once,
 * leaves it as writing it once would.
 */
@ApplicationScoped
public class UsageHours {

    @PersistenceContext
    EntityManager em;

    /**
     * Makes the hour's row if it isn't there, in a transaction of its own. Two nodes may race to make it: the
     * loser's insert fails on the key and rolls back (the caller shrugs), and the row is there either way.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void create(Instant hour) {
        if (em.find(UsageHour.class, Utc.of(hour)) == null) {
            em.persist(new UsageHour(hour));
            em.flush();
        }
    }

    @Transactional(TxType.SUPPORTS)
    public boolean exists(Instant hour) {
        return em.find(UsageHour.class, Utc.of(hour)) != null;
    }

    /** Raises the hour's peak to {@code live} if it was lower; says whether it did. */
    @Transactional(TxType.REQUIRED)
    public boolean raisePeak(Instant hour, long live) {
        return em.createNamedQuery(UsageHour.RAISE_PEAK)
                .setParameter("peak", (int) Math.min(live, Integer.MAX_VALUE))
                .setParameter("hour", Utc.of(hour))
                .executeUpdate() > 0;
    }

    /** Keeps the lowest limit in force during the hour; no limit now changes nothing. */
    @Transactional(TxType.REQUIRED)
    public void lowerLimit(Instant hour, Optional<Integer> limit) {
        limit.ifPresent(seats -> em.createNamedQuery(UsageHour.LOWER_LIMIT)
                .setParameter("limit", seats)
                .setParameter("hour", Utc.of(hour))
                .executeUpdate());
    }

    /**
     * A sample of the hour: the peak raised if need be, the limit in force now kept if lower. Says the hour's peak
     * as stored, which other nodes' sign-ins may have raised higher.
     */
    @Transactional(TxType.REQUIRED)
    public int sample(Instant hour, long live, Optional<Integer> limit) {
        raisePeak(hour, live);
        lowerLimit(hour, limit);
        return Optional.ofNullable(em.find(UsageHour.class, Utc.of(hour)))
                .map(row -> {
                    em.refresh(row);
                    return row.getPeakLive();
                })
                .orElse(0);
    }

    /** The hour's counts as the activity log has them now: set, not added. */
    @Transactional(TxType.REQUIRED)
    public void setCounts(Instant hour, SignInTally tally) {
        em.createNamedQuery(UsageHour.SET_COUNTS)
                .setParameter("signIns", (int) tally.signIns())
                .setParameter("refusals", (int) tally.refusals())
                .setParameter("fullRefusals", (int) tally.fullRefusals())
                .setParameter("reclaims", (int) tally.reclaims())
                .setParameter("hour", Utc.of(hour))
                .executeUpdate();
    }

    /** Hours from {@code from} (inclusive) to {@code to}, oldest first; hours nobody saw are missing. */
    @Transactional(TxType.SUPPORTS)
    public List<UsageHour> between(Instant from, Instant to) {
        return em.createNamedQuery(UsageHour.BETWEEN, UsageHour.class)
                .setParameter("from", Utc.of(from))
                .setParameter("to", Utc.of(to))
                .getResultList();
    }

    /** At most a few thousand small rows: one statement. */
    @Transactional(TxType.REQUIRED)
    public int forgetBefore(Instant before) {
        return em.createNamedQuery(UsageHour.FORGET_BEFORE).setParameter("before", Utc.of(before)).executeUpdate();
    }
}
