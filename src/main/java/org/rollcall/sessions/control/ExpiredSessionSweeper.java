package org.rollcall.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.rollcall.platform.control.RollcallSettings;

/**
 * Removes expired rows (ended ones included, once their expiry passes) batch by batch, each batch its own
 * transaction, so sign-ins and touches never wait long behind it.
 * <p>
 * An ended row stays until its expiry so a browser still holding that session can be told why it ended.
 */
@ApplicationScoped
public class ExpiredSessionSweeper {

    @Inject
    SessionRegistry registry;

    @Inject
    RollcallSettings settings;

    @Inject
    Clock clock;

    /** How much one sweep removed, in how many transactions, and how long it took. */
    public record Sweep(int rows, int batches, Duration took) {
    }

    public Sweep sweep() {
        Instant now = clock.instant();
        long started = System.nanoTime();
        int batchSize = settings.sweepBatchSize();
        int rows = 0;
        int batches = 0;
        int deleted;
        do {
            deleted = registry.deleteExpiredBatch(now, batchSize);
            rows += deleted;
            batches += deleted > 0 ? 1 : 0;
        } while (deleted == batchSize);
        return new Sweep(rows, batches, Duration.ofNanos(System.nanoTime() - started));
    }
}
