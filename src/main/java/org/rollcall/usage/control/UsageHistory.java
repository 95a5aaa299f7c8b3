package org.rollcall.usage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.usage.entity.UsageHour;

/**
 * The series the Usage page draws: peak per hour for the last 48 hours, peak per day for the last 90 days (the
 * day's highest hour, with the limit in force at it). At most 2,160 small rows, read by their key.
 */
@ApplicationScoped
public class UsageHistory {

    @Inject
    UsageHours hours;

    @Inject
    Clock clock;

    /** The last {@code count} hours, this one included, oldest first. */
    public List<UsagePoint> lastHours(int count) {
        Instant end = UsageRecording.hourOf(clock.instant()).plus(1, ChronoUnit.HOURS);
        Instant start = end.minus(count, ChronoUnit.HOURS);
        Map<Instant, UsageHour> seen = byHour(start, end);
        List<UsagePoint> points = new ArrayList<>(count);
        for (Instant hour = start; hour.isBefore(end); hour = hour.plus(1, ChronoUnit.HOURS)) {
            UsageHour row = seen.get(hour);
            points.add(row == null ? UsagePoint.unseen(hour) : pointOf(row));
        }
        return points;
    }

    /** The last {@code count} days (UTC), today included, oldest first. */
    public List<UsagePoint> lastDays(int count) {
        Instant end = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        Instant start = end.minus(count, ChronoUnit.DAYS);
        Map<Instant, List<UsagePoint>> seen = new LinkedHashMap<>();
        hours.between(start, end).forEach(row -> seen
                .computeIfAbsent(row.getHourStart().truncatedTo(ChronoUnit.DAYS), day -> new ArrayList<>())
                .add(pointOf(row)));
        List<UsagePoint> points = new ArrayList<>(count);
        for (Instant day = start; day.isBefore(end); day = day.plus(1, ChronoUnit.DAYS)) {
            points.add(dayOf(day, seen.getOrDefault(day, List.of())));
        }
        return points;
    }

    /** A day from its hours: the highest, with the limit in force then, and the sums of the counts. */
    static UsagePoint dayOf(Instant day, List<UsagePoint> hoursOfTheDay) {
        if (hoursOfTheDay.isEmpty()) {
            return UsagePoint.unseen(day);
        }
        UsagePoint highest = hoursOfTheDay.get(0);
        long signIns = 0;
        long refusals = 0;
        long fullRefusals = 0;
        boolean full = false;
        for (UsagePoint hour : hoursOfTheDay) {
            if (hour.peak().orElse(0) > highest.peak().orElse(0)) {
                highest = hour;
            }
            signIns += hour.signIns();
            refusals += hour.refusals();
            fullRefusals += hour.fullRefusals();
            full |= hour.full();
        }
        return new UsagePoint(day, highest.peak(), highest.limit(), signIns, refusals, fullRefusals, full);
    }

    private static UsagePoint pointOf(UsageHour row) {
        return new UsagePoint(row.getHourStart(), Optional.of(row.getPeakLive()), row.getLimitInForce(),
                row.getSignIns(), row.getRefusals(), row.getFullRefusals(),
                full(row.getFullRefusals(), row.getReclaims()));
    }

    /**
     * The limit bit: someone was turned away for want of a seat, or a seat was reclaimed for them. Not the peak
     * against the limit: the peak counts every live session, and a site's policy may not count dangling ones
     * (managers pass the site's limit too), so a peak above the limit need not mean anyone waited.
     */
    static boolean full(long fullRefusals, long reclaims) {
        return fullRefusals > 0 || reclaims > 0;
    }

    private Map<Instant, UsageHour> byHour(Instant start, Instant end) {
        Map<Instant, UsageHour> seen = new LinkedHashMap<>();
        hours.between(start, end).forEach(row -> seen.put(row.getHourStart(), row));
        return seen;
    }
}
