package org.rollcall.sessions.control;

import java.util.Optional;
import org.rollcall.sessions.entity.EndReason;

/** The answer to "may this request go on?": yes, or no with the reason its session ended. */
public record CheckIn(Optional<EndReason> endReason) {

    static final CheckIn ALIVE = new CheckIn(Optional.empty());

    static CheckIn ended(EndReason reason) {
        return new CheckIn(Optional.of(reason));
    }

    public boolean alive() {
        return endReason.isEmpty();
    }
}
