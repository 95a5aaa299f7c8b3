package org.rollcall.usage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageHistoryTest {

    private static final Instant DAY = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void aDayIsItsHighestHourWithTheLimitAtThatHourAndTheSumOfItsCounts() {
        UsagePoint day = UsageHistory.dayOf(DAY, List.of(
                hour("2026-11-30T09:00:00Z", 12, 30, 40, 2, 0),
                hour("2026-11-30T14:00:00Z", 25, 20, 60, 5, 0),
                hour("2026-11-30T18:00:00Z", 3, 20, 5, 0, 0)));

        assertEquals(Optional.of(25), day.peak());
        assertEquals(Optional.of(20), day.limit());
        assertEquals(105, day.signIns());
        assertEquals(7, day.refusals());
    }

    @Test
    void aPeakAboveTheLimitIsNotFullWhenNobodyWasTurnedAway() {
        UsagePoint day = UsageHistory.dayOf(DAY, List.of(hour("2026-11-30T14:00:00Z", 25, 20, 60, 5, 0)));

        assertFalse(day.full(), "25 live of which some idle, under a policy that doesn't count them");
    }

    @Test
    void aRefusalForWantOfASeatMakesTheDayFullEvenBelowThePeak() {
        UsagePoint day = UsageHistory.dayOf(DAY, List.of(hour("2026-11-30T09:00:00Z", 17, 20, 40, 3, 1)));

        assertTrue(day.full());
        assertEquals(1, day.fullRefusals());
    }

    @Test
    void aSeatReclaimedForASignInMakesItsHourFull() {
        assertTrue(UsageHistory.full(0, 1));
        assertFalse(UsageHistory.full(0, 0));
    }

    private static UsagePoint hour(String start, int peak, int limit, long signIns, long refusals, long full) {
        return new UsagePoint(Instant.parse(start), Optional.of(peak), Optional.of(limit), signIns, refusals, full,
                UsageHistory.full(full, 0));
    }

    @Test
    void aDayNobodySawIsAGapNotAZero() {
        UsagePoint day = UsageHistory.dayOf(DAY, List.of());

        assertEquals(Optional.empty(), day.peak());
        assertFalse(day.full());
    }
}
