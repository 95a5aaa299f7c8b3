package org.rollcall.limits.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;

class LimitRulesTest {

    private static final Optional<Integer> NONE = Optional.empty();
    private static final Duration LIFETIME = Duration.ofDays(14);

    @Test
    void theLowerOfCapAndSiteLimitIsInForce() {
        assertEquals(Optional.of(10), LimitRules.effective(Optional.of(20), Optional.of(10)));
        assertEquals(Optional.of(20), LimitRules.effective(Optional.of(20), Optional.of(30)));
        assertEquals(Optional.of(20), LimitRules.effective(Optional.of(20), NONE));
        assertEquals(Optional.of(5), LimitRules.effective(NONE, Optional.of(5)));
        assertEquals(NONE, LimitRules.effective(NONE, NONE));
    }

    @Test
    void fullMeansNoSeatLeft() {
        assertFalse(LimitRules.full(9, Optional.of(10)));
        assertTrue(LimitRules.full(10, Optional.of(10)));
        assertTrue(LimitRules.full(11, Optional.of(10)));
        assertFalse(LimitRules.full(1_000_000, NONE));
    }

    @Test
    void validSettingsHaveNoProblems() {
        assertEquals(List.of(), LimitRules.problems(values(20, 3, 60L), Optional.of(20), LIFETIME));
        assertEquals(List.of(), LimitRules.problems(values(null, null, 1L), Optional.of(20), LIFETIME), "empty means none");
    }

    @Test
    void aSiteLimitAboveTheCapIsRefusedNamingTheCap() {
        List<InvalidLimits.Problem> problems = LimitRules.problems(values(21, null, 60L), Optional.of(20), LIFETIME);

        assertEquals(1, problems.size());
        assertEquals("sessionsLimit", problems.get(0).field());
        assertEquals("settings.invalid.aboveCap", problems.get(0).messageKey());
        assertEquals(20, problems.get(0).arguments()[0]);
    }

    @Test
    void zeroOrNegativeLimitsAndThresholdsAreRefused() {
        List<String> fields = LimitRules.problems(values(0, -1, 0L), NONE, LIFETIME).stream()
                .map(InvalidLimits.Problem::field).toList();

        assertEquals(List.of("sessionsLimit", "perUserLimit", "danglingMinutes"), fields);
    }

    @Test
    void aDanglingThresholdBeyondTheLifetimeIsRefused() {
        long fourteenDays = LIFETIME.toMinutes();

        assertEquals(List.of(), LimitRules.problems(values(null, null, fourteenDays), NONE, LIFETIME));
        List<InvalidLimits.Problem> problems =
                LimitRules.problems(values(null, null, 1_000_000_000_000_000L), NONE, LIFETIME);
        assertEquals("danglingMinutes", problems.get(0).field());
        assertEquals(fourteenDays, problems.get(0).arguments()[0]);
    }

    @Test
    void modeAndPolicyMustBeChosen() {
        List<String> fields = LimitRules.problems(new LimitValues(null, null, null, 60L, null), NONE, LIFETIME).stream()
                .map(InvalidLimits.Problem::field).toList();

        assertEquals(List.of("perUserMode", "danglingPolicy"), fields);
    }

    private static LimitValues values(Integer site, Integer perUser, Long danglingMinutes) {
        return new LimitValues(site, perUser, PerUserMode.REFUSE, danglingMinutes, DanglingPolicy.COUNT);
    }
}
