package org.rollcall.usage.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.limits.control.LimitRules;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.control.LiveCounted;
import org.rollcall.sessions.control.ExpiredSessionSweeper;
import org.rollcall.sessions.control.SessionRegistry;

/**
 * Keeps the hour rows: after every sweep (each node's timer) and, for a new peak, at sign-in.
 * <p>
 * After a sweep it makes this hour's row, sets the last and this hour's sign-ins and refusals
 * from the activity log (the last hour too, for events its final minutes added after the previous sweep; an hour
 * no node was up in stays a gap, not a zero), and samples the live sessions into this hour's peak.
 * <p>
 * A sign-in that counted the live sessions (the limits' bound couldn't vouch for a free seat: near the limit, or
 * first after a change) raises the peak once it has committed, but only past the highest this node has written
 * for the hour, so a crowd of sign-ins at the limit writes the row once. Between sweeps, a peak no sign-in counted
 * shows at the next sweep's sample: a burst that comes and goes within one sweep interval may show lower than it
 * was. Whether an hour was full is not read from the peak (which counts dangling sessions a site may not count,
 * and managers, who pass the site's limit) but from the log: a sign-in refused for want of a seat, or a seat
 * reclaimed for one.
 */
@ApplicationScoped
public class UsageRecording {

    private static final Logger LOG = Logger.getLogger(UsageRecording.class.getName());

    /** How far back hours are kept: the Usage page's 90 days, and a day for the oldest one's hours. */
    static final Duration KEPT = Duration.ofDays(91);

    private record HourPeak(Instant hour, long peak) {
    }

    @Inject
    UsageHours hours;

    @Inject
    ActivityLog activity;

    @Inject
    SessionRegistry registry;

    @Inject
    LimitSettings limits;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private volatile HourPeak written = new HourPeak(Instant.EPOCH, 0);

    /** Never lets a failure reach the sweep's timer: the next sweep writes the same hours again. */
    void afterSweep(@Observes ExpiredSessionSweeper.Sweep sweep) {
        try {
            record();
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Could not record usage by the hour; the next sweep tries again.", failed);
        }
    }

    /** One round of the hours around now; any node may run it at any time, as often as it likes. */
    public void record() {
        Instant hour = hourOf(clock.instant());
        Instant previous = hour.minus(1, ChronoUnit.HOURS);
        ensure(hour);
        hours.setCounts(previous, activity.tally(previous, hour)); // if a node saw it: no row, no update
        hours.setCounts(hour, activity.tally(hour, hour.plus(1, ChronoUnit.HOURS)));
        // What the row holds, not what this node saw: other nodes' sign-ins may have raised it since.
        written = new HourPeak(hour, hours.sample(hour, registry.countLive(), limitInForce()));
        hours.forgetBefore(hour.minus(KEPT));
    }

    /**
     * Once the admitting sign-in has committed (never for one that rolled back), and on another thread: the
     * sign-in neither waits for this write nor holds its site lock and connection while a second one is taken.
     */
    void signInCounted(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveCounted counted) {
        Instant hour = hourOf(clock.instant());
        HourPeak known = written;
        if (known.hour().equals(hour) && counted.live() <= known.peak()) {
            return;
        }
        remember(hour, counted.live());
        executor.execute(() -> {
            try {
                ensure(hour); // the first sign-in of an hour may come before its first sweep
                hours.raisePeak(hour, counted.live());
                hours.lowerLimit(hour, counted.limitInForce());
            } catch (RuntimeException failed) {
                LOG.log(Level.WARNING, "Could not raise the usage peak of {0}; the next sweep samples it.", hour);
            }
        });
    }

    private void remember(Instant hour, long peak) {
        HourPeak known = written;
        if (!known.hour().equals(hour) || known.peak() < peak) {
            written = new HourPeak(hour, peak);
        }
    }

    private void ensure(Instant hour) {
        if (hours.exists(hour)) {
            return;
        }
        try {
            hours.create(hour);
        } catch (RuntimeException raced) {
            if (!hours.exists(hour)) {
                throw raced;
            }
            LOG.log(Level.FINE, "Another node made the usage row of {0} first.", hour);
        }
    }

    private Optional<Integer> limitInForce() {
        return LimitRules.effective(limits.providerCap(), limits.current().sessionsLimit());
    }

    static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }
}
