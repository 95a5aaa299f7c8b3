package org.rollcall.usage.control;

import java.util.List;

/**
 * The one line on top of the Usage page, over a run of days: was the site ever full, and if not, how close it
 * came. "Never above 60 %" rounds the highest share up to the next ten, so it is never an understatement.
 */
public record UsageVerdict(Kind kind, int days, long fullDays, long refusedFull, long percent, long peak) {

    public enum Kind {
        /** No node recorded anything in these days. */
        NOTHING_SEEN,
        /** On some day a sign-in was turned away for want of a seat, or a seat was reclaimed for one. */
        FULL,
        /** Never full: {@code percent} is the highest share of the limit, rounded up to ten. */
        BELOW,
        /** No limit was in force: {@code peak} is the most sessions at once. */
        NO_LIMIT
    }

    public static UsageVerdict over(List<UsagePoint> days) {
        List<UsagePoint> seen = days.stream().filter(day -> day.peak().isPresent()).toList();
        if (seen.isEmpty()) {
            return new UsageVerdict(Kind.NOTHING_SEEN, days.size(), 0, 0, 0, 0);
        }
        long fullDays = seen.stream().filter(UsagePoint::full).count();
        long refused = seen.stream().mapToLong(UsagePoint::fullRefusals).sum();
        long peak = seen.stream().mapToLong(day -> day.peak().orElseThrow()).max().orElseThrow();
        if (fullDays > 0) {
            return new UsageVerdict(Kind.FULL, days.size(), fullDays, refused, 100, peak);
        }
        long highestShare = seen.stream()
                .filter(day -> day.limit().filter(limit -> limit > 0).isPresent())
                .mapToLong(day -> roundedUpToTen(day.peak().orElseThrow() * 100.0 / day.limit().orElseThrow()))
                .max()
                .orElse(-1);
        if (highestShare < 0) {
            return new UsageVerdict(Kind.NO_LIMIT, days.size(), 0, 0, 0, peak);
        }
        return new UsageVerdict(Kind.BELOW, days.size(), 0, 0, highestShare, peak);
    }

    /** At most 100: a site that turned nobody away was never over its limit, whatever idle sessions it had. */
    private static long roundedUpToTen(double percent) {
        return Math.min(100, (long) Math.ceil(percent / 10) * 10);
    }
}
