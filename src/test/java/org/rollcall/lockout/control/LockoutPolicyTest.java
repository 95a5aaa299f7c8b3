package org.rollcall.lockout.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final LockoutPolicy DEFAULTS =
            new LockoutPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void failuresBelowTheThresholdLockNothing() {
        for (int failures = 1; failures < 5; failures++) {
            assertEquals(Optional.empty(), DEFAULTS.lockoutAfter(failures), failures + " failures");
            assertNull(DEFAULTS.lockedUntil(failures, NOW));
        }
    }

    @Test
    void theFifthFailureLocksForThirtySecondsAndEachFurtherOneDoubles() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), DEFAULTS.lockoutAfter(5));
        assertEquals(Optional.of(Duration.ofSeconds(60)), DEFAULTS.lockoutAfter(6));
        assertEquals(Optional.of(Duration.ofSeconds(120)), DEFAULTS.lockoutAfter(7));
        assertEquals(NOW.plusSeconds(30), DEFAULTS.lockedUntil(5, NOW));
    }

    @Test
    void lockOutsStopGrowingAtTheLongest() {
        assertEquals(Optional.of(Duration.ofSeconds(480)), DEFAULTS.lockoutAfter(9));
        assertEquals(Optional.of(Duration.ofMinutes(15)), DEFAULTS.lockoutAfter(10));
        assertEquals(Optional.of(Duration.ofMinutes(15)), DEFAULTS.lockoutAfter(1_000_000), "no overflow");
    }

    @Test
    void failuresAreForgottenAfterTheFirstOfTheirRunOrAfterItsLockOut() {
        assertEquals(NOW.plus(Duration.ofMinutes(15)), DEFAULTS.forgetAt(NOW, null), "a fixed window below the limit");
        Instant lockEnd = NOW.plus(Duration.ofMinutes(15));
        assertEquals(lockEnd.plus(Duration.ofMinutes(15)), DEFAULTS.forgetAt(NOW, lockEnd),
                "a lock-out isn't forgotten while it lasts");
    }

    @Test
    void atLeastOneFailureMustBeAllowed() {
        assertThrows(IllegalArgumentException.class,
                () -> new LockoutPolicy(0, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15)));
    }
}
