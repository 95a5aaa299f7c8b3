package org.rollcall.accounts.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which usernames and display names a manager may give an account, and the reason for each refusal. */
class UsernameRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"bob", "alice.smith", "j_doe-2", "dora@example.com", "A1b"})
    void ordinaryNamesAreAccepted(String username) {
        assertDoesNotThrow(() -> UsernameRules.check(username));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ab|accounts.invalid.usernameLength",
        "a b c|accounts.invalid.usernameCharacters",
        ".hidden|accounts.invalid.usernameCharacters",
        "eve*)(uid=*|accounts.invalid.usernameCharacters",
        "ålice|accounts.invalid.usernameCharacters",
        "<script>|accounts.invalid.usernameCharacters"})
    void oddNamesAreRefusedWithTheirReason(String username, String reason) {
        AccountRefused refused = assertThrows(AccountRefused.class, () -> UsernameRules.check(username));
        assertEquals(reason, refused.messageKey());
    }

    @Test
    void aNameLongerThanTheColumnIsRefused() {
        AccountRefused refused = assertThrows(AccountRefused.class, () -> UsernameRules.check("a".repeat(65)));
        assertEquals("accounts.invalid.usernameLength", refused.messageKey());
    }

    @Test
    void displayNamesMayHoldAnyTextButControlCharacters() {
        assertDoesNotThrow(() -> UsernameRules.checkDisplayName("Zoë <O'Brien> 李"));
        assertEquals("accounts.invalid.displayNameCharacters", assertThrows(AccountRefused.class,
                () -> UsernameRules.checkDisplayName("line\nbreak")).messageKey());
        assertEquals("accounts.invalid.displayNameMissing", assertThrows(AccountRefused.class,
                () -> UsernameRules.checkDisplayName("")).messageKey());
    }
}
