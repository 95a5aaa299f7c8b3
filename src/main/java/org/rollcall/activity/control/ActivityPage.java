package org.rollcall.activity.control;

import java.util.List;
import java.util.Optional;
import org.rollcall.activity.entity.ActivityEvent;

/** A page of events, newest first, and whether older ones follow. */
public record ActivityPage(List<ActivityEvent> events, boolean olderFollow) {

    public ActivityPage {
        events = List.copyOf(events);
    }

    /** Where the next (older) page starts, if there is one. */
    public Optional<ActivityCursor> next() {
        return olderFollow ? Optional.of(ActivityCursor.after(events.get(events.size() - 1))) : Optional.empty();
    }
}
