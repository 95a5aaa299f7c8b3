package org.rollcall.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenTextTest {

    @Test
    void aTokenReadsBackAsItselfAndMatchesOnlyItsOwnHash() {
        TokenText token = TokenText.random();
        TokenText read = TokenText.parse(" " + token + "\n").orElseThrow();
        assertEquals(token, read);
        assertTrue(read.matches(token.secretHash()));
        assertFalse(TokenText.random().matches(token.secretHash()), "another secret doesn't match");
        assertEquals(64, token.secretHash().length(), "SHA-256 in hex");
        assertFalse(token.secretHash().contains(token.secret()), "the hash is not the secret");
    }

    @Test
    void tokensAreUniqueAndShapedForTheirHeader() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String text = TokenText.random().toString();
            assertTrue(text.matches("rc_[a-z2-7]{12}_[A-Za-z0-9_-]{43}"), text);
            assertTrue(seen.add(text), "no token twice");
        }
        assertNotEquals(TokenText.random().id(), TokenText.random().id());
    }

    @Test
    void anythingElseIsNoToken() {
        String valid = TokenText.random().toString();
        for (String text : new String[] {null, "", "rc_", valid.toUpperCase(), valid + "x", valid.substring(1),
            "rc_ABCDEFGHIJKL_" + valid.substring(16), valid.replace('_', ' ')}) {
            assertTrue(TokenText.parse(text).isEmpty(), String.valueOf(text));
        }
    }
}
