package org.rollcall.activity.control;

/**
 * How many sign-ins the log holds for a stretch of time, how many were refused, and how many of those because the
 * site was full.
 */
public record SignInTally(long signIns, long refusals, long fullRefusals) {
}
