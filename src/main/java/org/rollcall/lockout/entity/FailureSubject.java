package org.rollcall.lockout.entity;

import java.util.Locale;

/** What failed sign-ins are counted against: the account name typed, or the address they came from. */
public enum FailureSubject {
    ACCOUNT("a:"),
    ADDRESS("i:");

    /** Long enough for any username an account can have and for any IPv6 address. */
    public static final int NAME_LENGTH = 64;

    private final String keyPrefix;

    FailureSubject(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /**
     * The name as counted: an account name in lower case (so {@code Alice} and {@code alice} share a count), cut
     * to what an account can have (a longer name has no account, so all such names may share one count), without
     * control characters (it is logged and shown to managers).
     */
    public String normalise(String name) {
        String stripped = name == null ? "" : name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        String normal = this == ACCOUNT ? stripped.toLowerCase(Locale.ROOT) : stripped;
        return normal.length() > NAME_LENGTH ? normal.substring(0, NAME_LENGTH) : normal;
    }

    String key(String normalName) {
        return keyPrefix + normalName;
    }
}
