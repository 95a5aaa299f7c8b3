package org.rollcall.activity.control;

/**
 * How many sign-ins the log holds for a stretch of time, how many were refused, how many of those because the
 * site was full, and how many sessions were ended to make room for a sign-in (the reclaim policy, or a manager at
 * a full cap): the last two are the moments the limit bit.
 */
public record SignInTally(long signIns, long refusals, long fullRefusals, long reclaims) {
}
