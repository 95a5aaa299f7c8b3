package org.rollcall.lockout.control;

import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in refused before its password was checked: its account name or its address is locked out until
 * {@link #retryAt()}. Checked, so refusing writes nothing and rolls nothing back.
 */
public class SignInThrottled extends Exception {

    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    public SignInThrottled(Instant retryAt) {
        super("locked out until " + retryAt);
        this.retryAt = Objects.requireNonNull(retryAt, "a time to retry at is required");
    }

    public Instant retryAt() {
        return retryAt;
    }
}
