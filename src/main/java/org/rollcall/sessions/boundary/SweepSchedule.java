package org.rollcall.sessions.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.activity.control.ActivityRetention;
import org.rollcall.lockout.control.SignInThrottle;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.control.ExpiredSessionSweeper;

/**
 * Runs the sweeper every {@code ROLLCALL_SWEEP_INTERVAL}, and forgets stale failed sign-ins and old activity
 * events with it.
 * <p>
 * A programmatic interval timer rather than {@code @Schedule}, because a schedule is fixed at compile time and
 * the interval is a setting. It is not persistent: every node sweeps on its own, deleting the same rows twice
 * is harmless, and non-persistent timers need no timer database on any server.
 */
@Singleton
@Startup
public class SweepSchedule {

    private static final Logger LOG = Logger.getLogger(SweepSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RollcallSettings settings;

    @Inject
    ExpiredSessionSweeper sweeper;

    @Inject
    ActivityRetention retention;

    @Inject
    SignInThrottle throttle;

    /** For whoever keeps figures the sweep makes stale (the limits' bound on live sessions). */
    @Inject
    Event<ExpiredSessionSweeper.Sweep> swept;

    @PostConstruct
    void schedule() {
        long interval = settings.sweepInterval().toMillis();
        timers.createIntervalTimer(interval, interval, new TimerConfig("rollcall-session-sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        ExpiredSessionSweeper.Sweep sweep = sweeper.sweep();
        swept.fire(sweep);
        if (sweep.rows() > 0) {
            LOG.log(Level.INFO, "Removed {0} expired session row(s) in {1} batch(es).",
                    new Object[] {sweep.rows(), sweep.batches()});
        }
        int forgotten = throttle.forgetStale();
        if (forgotten > 0) {
            LOG.log(Level.FINE, "Forgot {0} stale count(s) of failed sign-ins.", forgotten);
        }
        int events = retention.forgetOld();
        if (events > 0) {
            LOG.log(Level.INFO, "Forgot {0} activity event(s) older than the retention period.", events);
        }
    }
}
