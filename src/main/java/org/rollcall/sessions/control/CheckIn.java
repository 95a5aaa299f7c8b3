package org.rollcall.sessions.control;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rollcall.accounts.entity.Role;
import org.rollcall.sessions.entity.EndReason;

/**
 * The answer to "may this request go on, and as whom?": yes, with the caller, the groups their role has now and
 * whether they must choose a new password before anything else; or no, with the reason the session ended.
 */
public record CheckIn(Optional<EndReason> endReason, String username, Set<String> groups,
        boolean passwordChangeRequired) {

    public CheckIn {
        Objects.requireNonNull(endReason, "an end reason or none is required");
        groups = Set.copyOf(groups);
    }

    static CheckIn alive(String username, Role role, boolean passwordChangeRequired) {
        return new CheckIn(Optional.empty(), Objects.requireNonNull(username, "a username is required"),
                role.groups(), passwordChangeRequired);
    }

    static CheckIn ended(EndReason reason) {
        return new CheckIn(Optional.of(reason), null, Set.of(), false);
    }

    public boolean alive() {
        return endReason.isEmpty();
    }
}
