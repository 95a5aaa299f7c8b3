package org.rollcall.activity.control;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.rollcall.activity.entity.ActivityEvent;

/** Where a page of the log ends: the time and id of its last (oldest) event; the next page starts after it. */
public record ActivityCursor(Instant occurredAt, String id) implements Serializable {

    public ActivityCursor {
        Objects.requireNonNull(occurredAt, "a time is required");
        Objects.requireNonNull(id, "an id is required");
    }

    static ActivityCursor after(ActivityEvent event) {
        return new ActivityCursor(event.getOccurredAt(), event.getId());
    }
}
