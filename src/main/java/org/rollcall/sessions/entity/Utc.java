package org.rollcall.sessions.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times are stored as UTC {@link LocalDateTime}: EclipseLink 4.0 maps {@link Instant} to a BLOB, which can be
 * neither indexed nor compared, while every provider maps {@code LocalDateTime} to {@code TIMESTAMP}.
 */
public final class Utc {

    private Utc() {
    }

    public static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant toInstant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
