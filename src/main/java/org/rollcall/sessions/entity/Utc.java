package org.rollcall.sessions.entity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Times are stored as UTC {@link LocalDateTime}: EclipseLink 4.0 maps {@link Instant} to a BLOB, which can be
 * neither indexed nor compared, while every provider maps {@code LocalDateTime} to {@code TIMESTAMP}.
 * They are kept to the microsecond, the finest PostgreSQL and MariaDB store (Derby keeps nanoseconds), so a
 * time reads back as it was written on every database.
 */
public final class Utc {

    private Utc() {
    }

    public static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    public static Instant toInstant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
