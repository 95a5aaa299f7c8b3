package org.rollcall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterTypedIntoAFilterMatchLiterally() {
        assertEquals("%50!%!_off!!%", LikePattern.contains("50%_off!"));
        assertEquals("10.0!_1%", LikePattern.startsWith("10.0_1"));
    }

    @Test
    void plainTextIsLeftAsTyped() {
        assertEquals("%alice%", LikePattern.contains("alice"));
        assertEquals("192.0.2.%", LikePattern.startsWith("192.0.2."));
    }
}
