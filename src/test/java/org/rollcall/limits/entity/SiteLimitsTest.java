package org.rollcall.limits.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bound on live sessions vouches for a seat only when it is known and below the limit. */
class SiteLimitsTest {

    @Test
    void anUnknownBoundVouchesForNothing() {
        SiteLimits limits = new SiteLimits();
        assertFalse(limits.surelyBelow(Integer.MAX_VALUE));
        limits.admittedOne();
        assertFalse(limits.surelyBelow(Integer.MAX_VALUE), "admitting doesn't make an unknown bound known");
    }

    @Test
    void eachAdmittedSignInTakesOneSeatOfTheCountedOnes() {
        SiteLimits limits = new SiteLimits();
        limits.counted(8);
        assertTrue(limits.surelyBelow(10));
        limits.admittedOne();
        assertTrue(limits.surelyBelow(10), "nine of ten");
        limits.admittedOne();
        assertFalse(limits.surelyBelow(10), "ten of ten: the next sign-in must count");
    }

    @Test
    void aForgottenBoundMustBeCountedAgain() {
        SiteLimits limits = new SiteLimits();
        limits.counted(0);
        limits.forgetBound();
        assertFalse(limits.surelyBelow(10));
    }
}
