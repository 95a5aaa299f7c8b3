package org.rollcall.sessions.control;

/** Fired after each request's check of its session row, with how long the check took (the metrics' histogram). */
public record SessionChecked(long nanos) {
}
