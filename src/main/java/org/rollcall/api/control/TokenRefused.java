package org.rollcall.api.control;

/** A token that can't be issued as asked: the message key (and its arguments) says why, in the page's language. */
public class TokenRefused extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Object[] arguments;

    public TokenRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
