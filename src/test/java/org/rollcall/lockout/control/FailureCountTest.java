package org.rollcall.lockout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rollcall.lockout.entity.FailedSignIns;
import org.rollcall.lockout.entity.FailureSubject;

/** Counting on a row as {@link FailureCounters} does, without the database. */
class FailureCountTest {

    private static final LockoutPolicy POLICY =
            new LockoutPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant START = Instant.parse("2026-11-25T09:00:00Z");

    @Test
    void scatteredFailuresBelowTheLimitAreForgottenWithTheirWindowNotAddedUpAllDay() {
        FailedSignIns office = new FailedSignIns(FailureSubject.ADDRESS, "203.0.113.7", START);
        for (int minute = 0; minute < 60; minute += 10) { // a typo every ten minutes for an hour
            count(office, START.plus(Duration.ofMinutes(minute)));
        }

        assertTrue(office.getFailures() < 3, "never more than one window's worth: " + office.getFailures());
        assertFalse(office.isLockedAt(START.plus(Duration.ofMinutes(50))));
    }

    @Test
    void failuresInOneWindowLockAndTheLockOutIsRememberedPastItsEnd() {
        FailedSignIns account = new FailedSignIns(FailureSubject.ACCOUNT, "Alice", START);
        for (int second = 0; second < 3; second++) {
            count(account, START.plusSeconds(second));
        }

        assertTrue(account.isLockedAt(START.plusSeconds(20)));
        assertFalse(account.isLockedAt(START.plusSeconds(40)), "30 s after the third failure");
        assertFalse(account.isStaleAt(START.plus(Duration.ofMinutes(15))), "remembered beyond the window");
        count(account, START.plus(Duration.ofMinutes(15)));
        assertEquals(4, account.getFailures(), "the next failure doubles the lock-out");
        assertEquals("alice", account.getName(), "names are counted in lower case");
    }

    private static void count(FailedSignIns counter, Instant now) {
        POLICY.countFailure(counter, now);
    }
}
