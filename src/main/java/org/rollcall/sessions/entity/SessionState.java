package org.rollcall.sessions.entity;

import java.time.Instant;
import java.time.LocalDateTime;

/** The few columns a request needs to decide whether its session is alive, read without loading the row. */
public record SessionState(Instant loginAt, Instant lastActivity, Instant expiresAt, Instant endedAt,
        EndReason endReason) {

    /** The form the JPQL constructor expression calls: times as stored. */
    public SessionState(LocalDateTime loginAt, LocalDateTime lastActivity, LocalDateTime expiresAt,
            LocalDateTime endedAt, EndReason endReason) {
        this(Utc.toInstant(loginAt), Utc.toInstant(lastActivity), Utc.toInstant(expiresAt), Utc.toInstant(endedAt),
                endReason);
    }

    public boolean ended() {
        return endedAt != null;
    }
}
