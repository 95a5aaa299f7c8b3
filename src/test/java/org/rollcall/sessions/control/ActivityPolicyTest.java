package org.rollcall.sessions.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityPolicyTest {

    private static final Instant LOGIN = Instant.parse("2026-11-23T08:00:00Z");
    private final ActivityPolicy policy =
            new ActivityPolicy(Duration.ofMinutes(30), Duration.ofDays(14), Duration.ofSeconds(60));

    @Test
    void expiryIsIdleTimeoutPlusOneSlotAfterLastActivity() {
        Instant lastActivity = LOGIN.plus(Duration.ofHours(3));

        assertEquals(lastActivity.plus(Duration.ofMinutes(31)), policy.expiresAt(LOGIN, lastActivity));
    }

    @Test
    void expiryNeverPassesTheLifetime() {
        Instant nearTheEnd = LOGIN.plus(Duration.ofDays(14)).minus(Duration.ofMinutes(5));

        assertEquals(LOGIN.plus(Duration.ofDays(14)), policy.expiresAt(LOGIN, nearTheEnd));
    }

    @Test
    void aTouchIsDueOnlyOnceTheSlotHasPassed() {
        assertFalse(policy.touchDue(LOGIN, LOGIN.plusSeconds(59)));
        assertTrue(policy.touchDue(LOGIN, LOGIN.plusSeconds(60)));
        assertTrue(policy.touchDue(LOGIN, LOGIN.plus(Duration.ofHours(1))));
    }

    @Test
    void theLifetimeIsReachedExactlyAtItsEnd() {
        assertFalse(policy.lifetimeReached(LOGIN, LOGIN.plus(Duration.ofDays(14)).minusMillis(1)));
        assertTrue(policy.lifetimeReached(LOGIN, LOGIN.plus(Duration.ofDays(14))));
    }
}
