package org.rollcall.limits.entity;

/** What a dangling session (idle longer than the threshold, not expired) counts for against the limit. */
public enum DanglingPolicy {
    /** It counts like any other (Lino's behaviour). */
    COUNT,
    /** It doesn't count. */
    IGNORE,
    /** It counts, but when the site is full the longest-idle one is ended to admit the new sign-in. */
    RECLAIM
}
