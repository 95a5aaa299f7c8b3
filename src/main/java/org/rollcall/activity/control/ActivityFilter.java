package org.rollcall.activity.control;

import java.time.Instant;
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
}
