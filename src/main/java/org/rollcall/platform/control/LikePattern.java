package org.rollcall.platform.control;

/**
 * LIKE patterns from text people type into a filter, matched literally: a typed {@code %} or {@code _} is not a
 * wildcard. Use with {@link #ESCAPE} as the escape character: {@code !}, which every database reads alike inside a
 * string literal (a backslash is itself an escape in MariaDB's literals), so native SQL can write it inline.
 */
public final class LikePattern {

    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
