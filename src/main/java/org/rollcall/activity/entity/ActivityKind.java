package org.rollcall.activity.entity;

/**
 * What an event records; its reason column says more: a {@link Refusal}, the session's end reason, the limit
 * setting that changed, or what was done to an account.
 */
public enum ActivityKind {
    SIGNED_IN,
    SIGN_IN_REFUSED,
    SESSION_ENDED,
    LIMITS_CHANGED,
    ACCOUNT_CHANGED
}
