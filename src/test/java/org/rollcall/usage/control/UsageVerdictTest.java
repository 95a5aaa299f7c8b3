package org.rollcall.usage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageVerdictTest {

    private static final Instant FIRST_DAY = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void daysNobodySawSayNothingWasSeen() {
        UsageVerdict verdict = UsageVerdict.over(days(30, day -> UsagePoint.unseen(day)));

        assertEquals(UsageVerdict.Kind.NOTHING_SEEN, verdict.kind());
        assertEquals(30, verdict.days());
    }

    @Test
    void fullDaysAndTheSignInsTurnedAwayAreCounted() {
        List<UsagePoint> days = days(30, day -> seen(day, 12, 20, 0, false));
        days.set(3, seen(days.get(3).start(), 20, 20, 0, true));
        days.set(9, seen(days.get(9).start(), 20, 20, 41, true));

        UsageVerdict verdict = UsageVerdict.over(days);

        assertEquals(UsageVerdict.Kind.FULL, verdict.kind());
        assertEquals(2, verdict.fullDays());
        assertEquals(41, verdict.refusedFull());
    }

    @Test
    void theHighestShareOfTheLimitIsRoundedUpToTheNextTen() {
        List<UsagePoint> days = days(30, day -> seen(day, 5, 20, 0, false));
        days.set(7, seen(days.get(7).start(), 11, 20, 0, false));

        UsageVerdict verdict = UsageVerdict.over(days);

        assertEquals(UsageVerdict.Kind.BELOW, verdict.kind());
        assertEquals(60, verdict.percent(), "11 of 20 is 55 %: never above 60 %");
    }

    @Test
    void anExactTenthIsNotRoundedFurther() {
        assertEquals(70, UsageVerdict.over(List.of(seen(FIRST_DAY, 14, 20, 0, false))).percent());
    }

    @Test
    void aSiteThatTurnedNobodyAwayIsNeverSaidToBeAboveItsLimit() {
        assertEquals(100, UsageVerdict.over(List.of(seen(FIRST_DAY, 25, 20, 0, false))).percent(),
                "25 live of a limit of 20, the idle ones not counted by the site's policy");
    }

    @Test
    void withoutALimitThePeakIsTold() {
        UsageVerdict verdict = UsageVerdict.over(List.of(
                new UsagePoint(FIRST_DAY, Optional.of(7), Optional.empty(), 3, 0, 0, false),
                new UsagePoint(FIRST_DAY.plus(1, ChronoUnit.DAYS), Optional.of(9), Optional.empty(), 3, 0, 0, false)));

        assertEquals(UsageVerdict.Kind.NO_LIMIT, verdict.kind());
        assertEquals(9, verdict.peak());
    }

    private static UsagePoint seen(Instant day, int peak, int limit, long fullRefusals, boolean full) {
        return new UsagePoint(day, Optional.of(peak), Optional.of(limit), 10, fullRefusals, fullRefusals, full);
    }

    private static List<UsagePoint> days(int count, java.util.function.Function<Instant, UsagePoint> each) {
        List<UsagePoint> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(each.apply(FIRST_DAY.plus(i, ChronoUnit.DAYS)));
        }
        return days;
    }
}
