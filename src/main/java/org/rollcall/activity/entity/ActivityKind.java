package org.rollcall.activity.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an event records; its reason column says more: a {@link Refusal}, the session's end reason, the limit
 * setting that changed, or what was done to an account.
 */
public enum ActivityKind {
    SIGNED_IN,
    SIGN_IN_REFUSED,
    SESSION_ENDED,
    LIMITS_CHANGED,
    ACCOUNT_CHANGED;

    /** The kind with this name, as a page or a URL sends it; empty for any other text (never an exception). */
    public static Optional<ActivityKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
