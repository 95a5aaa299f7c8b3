package org.rollcall.activity.entity;

/** What an event records; its reason column says more (a {@link Refusal}, or the session's end reason). */
public enum ActivityKind {
    SIGNED_IN,
    SIGN_IN_REFUSED,
    SESSION_ENDED
}
