package org.rollcall.usage.control;

import java.time.Instant;
import java.util.Optional;

/**
 * One bar of a usage chart: an hour, or a day of hours. {@code peak} is empty where no node was there to see
 * (a gap, not a zero); {@code full} says whether in some hour of it the limit turned someone away or took a
 * seat for them.
 */
public record UsagePoint(Instant start, Optional<Integer> peak, Optional<Integer> limit, long signIns,
        long refusals, long fullRefusals, boolean full) {

    public static UsagePoint unseen(Instant start) {
        return new UsagePoint(start, Optional.empty(), Optional.empty(), 0, 0, 0, false);
    }
}
