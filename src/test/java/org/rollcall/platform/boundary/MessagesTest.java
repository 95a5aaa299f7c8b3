package org.rollcall.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Every text that takes parameters shows them: an unescaped apostrophe would swallow them silently. */
class MessagesTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle("org.rollcall.messages", Locale.ENGLISH);

    @Test
    void parameterisedTextsShowTheirParameters() {
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            if (!pattern.contains("{0}")) {
                continue;
            }
            String shown = new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {71, 72, 73, 74});
            assertTrue(shown.contains("71"), key + " shows its parameter: " + shown);
            assertFalse(shown.contains("{"), key + " leaves no placeholder: " + shown);
        }
    }

    @Test
    void textsWithoutParametersKeepTheirApostrophesSingle() {
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key);
            if (!text.contains("{")) {
                assertFalse(text.contains("''"), key + " is shown as written, so it needs no doubled apostrophe");
            }
        }
    }

    @Test
    void theRefusalTextIsTheOneUsersAreTold() {
        String refusal = new MessageFormat(bundle.getString("limit.refused"), Locale.ENGLISH).format(new Object[] {10});

        assertTrue(refusal.equals("There are more than 10 active user sessions. Please try again later."), refusal);
    }
}
