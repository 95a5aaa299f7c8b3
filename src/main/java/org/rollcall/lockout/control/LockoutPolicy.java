package org.rollcall.lockout.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.lockout.entity.FailedSignIns;

/**
 * How long a run of failures locks a subject out: nothing below the threshold, then the first lock-out,
 * doubling with every further failure up to the longest. Kept apart from the database so it can be checked alone.
 * <p>
 * Doubling per failure rather than per lock-out means an attacker who waits out each lock gets one guess per
 * lock, and the locks grow to the longest within a few guesses; the owner of an attacked account waits at most
 * the longest lock-out once the guessing stops.
 */
public record LockoutPolicy(int maxFailures, Duration firstLockout, Duration longestLockout, Duration memory) {

    /** Beyond 2^20 times the first lock-out every sensible setting is at its longest anyway. */
    private static final int MAX_DOUBLINGS = 20;

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("at least one failure must be allowed");
        }
        Objects.requireNonNull(firstLockout, "a first lock-out is required");
        Objects.requireNonNull(longestLockout, "a longest lock-out is required");
        Objects.requireNonNull(memory, "a failure memory is required");
    }

    /** The lock-out earned by the {@code failures}-th failure in a row, if any. */
    public Optional<Duration> lockoutAfter(int failures) {
        if (failures < maxFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - maxFailures, MAX_DOUBLINGS);
        Duration lockout = firstLockout.multipliedBy(1L << doublings);
        return Optional.of(lockout.compareTo(longestLockout) > 0 ? longestLockout : lockout);
    }

    /** When a subject whose {@code failures}-th failure happens {@code now} may sign in again; null for now. */
    public Instant lockedUntil(int failures, Instant now) {
        return lockoutAfter(failures).map(now::plus).orElse(null);
    }

    /**
     * Counts one failure at {@code now} on {@code counter}: the new count, the lock-out it earns and when the
     * count may be forgotten. The caller holds the row's lock.
     */
    public void countFailure(FailedSignIns counter, Instant now) {
        int failures = counter.failuresWithOneMoreAt(now);
        Instant runStart = counter.runStartWithOneMoreAt(now);
        Instant lockedUntil = lockedUntil(failures, now);
        counter.countFailure(failures, now, lockedUntil, forgetAt(runStart, lockedUntil));
    }

    /**
     * Failures are forgotten this long after the first of their run, or after the lock-out they earned has
     * ended: below the threshold a run is a fixed window, so scattered typos never add up to a lock-out.
     */
    public Instant forgetAt(Instant runStart, Instant lockedUntil) {
        Instant from = lockedUntil != null && lockedUntil.isAfter(runStart) ? lockedUntil : runStart;
        return from.plus(memory);
    }
}
