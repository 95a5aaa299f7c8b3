package org.rollcall.limits.entity;

/** What happens when a user already has as many sessions as the per-user limit allows. */
public enum PerUserMode {
    /** The new sign-in is refused. */
    REFUSE,
    /** The user's longest-idle session is ended and the new sign-in admitted. */
    END_LONGEST_IDLE
}
