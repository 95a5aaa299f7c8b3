package org.rollcall.activity.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.rollcall.activity.entity.ActivityKind;

/**
 * What a manager narrows the activity log to: one user (by account, or the name typed for a refusal), one kind of
 * event, a time range (from inclusive, to exclusive). Empty means any.
 */
public record ActivityFilter(Optional<String> user, Optional<ActivityKind> kind, Optional<Instant> from,
        Optional<Instant> to) {

    public static final ActivityFilter EVERYTHING = new ActivityFilter(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public ActivityFilter {
        user = user.map(String::strip).filter(name -> !name.isEmpty());
    }

    /** Whole days in UTC, as the pages show times: from the start of {@code from} to the end of {@code to}. */
    public static ActivityFilter ofDays(Optional<String> user, Optional<ActivityKind> kind, Optional<LocalDate> from,
            Optional<LocalDate> to) {
        return new ActivityFilter(user, kind, from.map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()),
                to.map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
}
