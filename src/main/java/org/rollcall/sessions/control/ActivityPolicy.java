package org.rollcall.sessions.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.rollcall.platform.control.RollcallSettings;

/**
 * When a session expires and when its last activity is worth writing.
 * <p>
 * Last activity is written at most once per slot, so the row may lag the container by up to a slot; expiry
 * adds that slot, so a row never looks expired while its HTTP session is still alive, and the sweeper never
 * deletes a row someone still uses.
 */
public record ActivityPolicy(Duration idleTimeout, Duration lifetime, Duration slot) {

    public ActivityPolicy {
        Objects.requireNonNull(idleTimeout, "an idle timeout is required");
        Objects.requireNonNull(lifetime, "a lifetime is required");
        Objects.requireNonNull(slot, "an activity slot is required");
    }

    public static ActivityPolicy of(RollcallSettings settings) {
        return new ActivityPolicy(settings.idleTimeout(), settings.lifetime(), settings.activitySlot());
    }

    public Instant expiresAt(Instant loginAt, Instant lastActivity) {
        Instant idleEnd = lastActivity.plus(idleTimeout).plus(slot);
        Instant lifeEnd = loginAt.plus(lifetime);
        return idleEnd.isBefore(lifeEnd) ? idleEnd : lifeEnd;
    }

    public boolean touchDue(Instant lastActivity, Instant now) {
        return !now.isBefore(lastActivity.plus(slot));
    }

    public boolean lifetimeReached(Instant loginAt, Instant now) {
        return !now.isBefore(loginAt.plus(lifetime));
    }
}
