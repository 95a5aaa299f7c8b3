package org.rollcall.platform.control;

/**
 * LIKE patterns from text people type into a filter, matched literally: a typed {@code %} or {@code _} is not a
 * wildcard. Use with {@link #ESCAPE} as the escape character.
 */
public final class LikePattern {

    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
