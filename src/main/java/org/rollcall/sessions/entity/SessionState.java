package org.rollcall.sessions.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import org.rollcall.accounts.entity.Role;

/**
 * The few columns a request needs to decide whether its session is alive and who is calling, read in one
 * indexed lookup without loading the row: the account's role and state come along, so a changed role or a
 * disabled account counts from the next request on, not from the next sign-in.
 */
public record SessionState(Instant loginAt, Instant lastActivity, Instant expiresAt, Instant endedAt,
        EndReason endReason, String username, Role role, boolean accountEnabled, boolean passwordChangeRequired) {

    /** The form the JPQL constructor expression calls: times as stored. */
    public SessionState(LocalDateTime loginAt, LocalDateTime lastActivity, LocalDateTime expiresAt,
            LocalDateTime endedAt, EndReason endReason, String username, Role role, boolean accountEnabled,
            boolean passwordChangeRequired) {
        this(Utc.toInstant(loginAt), Utc.toInstant(lastActivity), Utc.toInstant(expiresAt), Utc.toInstant(endedAt),
                endReason, username, role, accountEnabled, passwordChangeRequired);
    }

    public boolean ended() {
        return endedAt != null;
    }
}
