package org.rollcall.protection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameOriginTest {

    private static final List<String> OWN = List.of("rollcall.example");

    @Test
    void thePagesOwnHostIsAllowedWhateverSchemeOrPort() {
        assertTrue(SameOrigin.allows("https://rollcall.example", null, OWN));
        assertTrue(SameOrigin.allows("http://ROLLCALL.example:8080", null, OWN));
        assertTrue(SameOrigin.allows(null, "https://rollcall.example/login.xhtml?x=1", OWN), "Referer when no Origin");
    }

    @Test
    void anotherSiteIsRefused() {
        assertFalse(SameOrigin.allows("https://evil.example", null, OWN));
        assertFalse(SameOrigin.allows("https://rollcall.example.evil.example", null, OWN));
        assertFalse(SameOrigin.allows(null, "https://evil.example/rollcall.example", OWN));
        assertFalse(SameOrigin.allows("null", null, OWN), "a sandboxed cross-site post");
        assertFalse(SameOrigin.allows("https://evil.example", "https://rollcall.example/", OWN), "Origin wins");
    }

    @Test
    void aRequestWithoutEitherHeaderIsLeftToTheOtherProtections() {
        assertTrue(SameOrigin.allows(null, null, OWN));
    }

    @Test
    void aForwardedHostLosesItsPortAndLaterHops() {
        assertEquals("rollcall.example", SameOrigin.forwardedHost("rollcall.example:443, internal:8080"));
    }
}
