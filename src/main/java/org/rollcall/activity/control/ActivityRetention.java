package org.rollcall.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.rollcall.platform.control.RollcallSettings;

/**
 * Forgets events older than {@code ROLLCALL_ACTIVITY_RETENTION} (90 days unless set); the sweep's timer calls it
 * after each sweep of expired session rows. In batches of the sweep's size, each its own transaction. Two nodes
 * forgetting at once delete each event once: a batch deletes by id what is still there.
 */
@ApplicationScoped
public class ActivityRetention {

    @Inject
    ActivityLog log;

    @Inject
    RollcallSettings settings;

    @Inject
    Clock clock;

    /** Deletes every event older than the retention period; says how many. */
    public int forgetOld() {
        Instant before = clock.instant().minus(settings.activityRetention());
        int batchSize = settings.sweepBatchSize();
        int total = 0;
        int deleted;
        do {
            deleted = log.forgetBatch(before, batchSize);
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
