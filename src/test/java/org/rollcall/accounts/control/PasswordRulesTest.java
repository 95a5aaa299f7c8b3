package org.rollcall.accounts.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The password rules people meet when they choose one: each refusal with its reason. */
class PasswordRulesTest {

    private final PasswordRules rules = PasswordRules.withShippedList(12);

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertDoesNotThrow(() -> rules.check("correct horse battery staple".toCharArray(), "alice"));
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimum() {
        AccountRefused refused = assertThrows(AccountRefused.class,
                () -> rules.check("elevenchars".toCharArray(), "alice"));
        assertEquals("password.invalid.tooShort", refused.messageKey());
        assertEquals(12, refused.arguments()[0]);
    }

    @Test
    void aPasswordFromTheShippedListIsRefusedWhateverItsCase() {
        AccountRefused refused = assertThrows(AccountRefused.class,
                () -> rules.check("QwertyUiop123".toCharArray(), "alice"));
        assertEquals("password.invalid.common", refused.messageKey());
    }

    @Test
    void theShippedListHoldsTheWellKnownOnes() {
        Set<String> list = PasswordRules.shippedList();
        assertTrue(list.size() >= 10_000, "10,000 entries: " + list.size());
        assertTrue(list.containsAll(Set.of("password", "12345678", "iloveyou", "password1")));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        AccountRefused refused = assertThrows(AccountRefused.class,
                () -> rules.check("my-name-is-Alice-ok".toCharArray(), "alice"));
        assertEquals("password.invalid.containsUsername", refused.messageKey());
    }

    @Test
    void anOverlongPasswordIsRefused() {
        AccountRefused refused = assertThrows(AccountRefused.class,
                () -> rules.check("x".repeat(PasswordRules.MAX_LENGTH + 1).toCharArray(), "alice"));
        assertEquals("password.invalid.tooLong", refused.messageKey());
    }

    @Test
    void generatedOneTimePasswordsPassTheRulesAndDiffer() {
        String first = OneTimePasswords.generate();
        String second = OneTimePasswords.generate();
        assertTrue(first.matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}"), first);
        assertTrue(!first.equals(second));
        assertDoesNotThrow(() -> rules.check(first.toCharArray(), "alice"));
    }
}
