package org.rollcall.accounts.control;

import java.util.Objects;

/**
 * An accounts change a rule refuses: the form field it concerns (or none), and the text that says why, as a
 * resource bundle key and its values. Nothing was changed.
 */
public class AccountRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public AccountRefused(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = Objects.requireNonNull(messageKey, "a message key is required");
        this.arguments = arguments.clone();
    }

    /** The field the refusal is about, or null when it is about the whole change. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
