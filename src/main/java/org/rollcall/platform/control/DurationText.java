package org.rollcall.platform.control;

import java.time.Duration;
import java.util.Locale;

/**
 * Reads durations the way operators write them in an environment file: {@code 90s}, {@code 30m}, {@code 2h},
 * {@code 14d}, or ISO-8601 ({@code PT30M}).
 */
final class DurationText {

    private DurationText() {
    }

    static Duration parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("p")) {
            return positive(Duration.parse(value.toUpperCase(Locale.ROOT)));
        }
        if (value.length() < 2) {
            throw new IllegalArgumentException("write a number and a unit, such as 90s, 30m, 2h or 14d");
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        Duration duration = switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("the unit must be s, m, h or d");
        };
        return positive(duration);
    }

    private static Duration positive(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("must be longer than zero");
        }
        return duration;
    }
}
