package org.rollcall.platform.boundary;

import java.time.Duration;
import java.time.Instant;

/**
 * "4 days ago", "in 25 minutes": how long ago a session was active says more at a glance than a timestamp.
 * Returns a text key and an amount, so the words come from the resource bundle.
 */
public final class RelativeTime {

    /** A text key ({@code time.minutesAgo}, …) and the amount it takes. */
    public record Phrase(String key, long amount) {
    }

    private RelativeTime() {
    }

    public static Phrase between(Instant then, Instant now) {
        Duration distance = Duration.between(then, now);
        boolean past = !distance.isNegative();
        Duration size = distance.abs();
        if (size.toSeconds() < 60) {
            return new Phrase(past ? "time.justNow" : "time.inMoment", 0);
        }
        if (size.toMinutes() < 60) {
            return new Phrase(past ? "time.minutesAgo" : "time.inMinutes", size.toMinutes());
        }
        if (size.toHours() < 24) {
            return new Phrase(past ? "time.hoursAgo" : "time.inHours", size.toHours());
        }
        return new Phrase(past ? "time.daysAgo" : "time.inDays", size.toDays());
    }
}
