package org.rollcall.api.control;

/**
 * A value a client sent, as an error message may repeat it: short, and without control characters, so a hostile
 * value can neither flood a message nor split a log line.
 */
public final class Quoted {

    static final int SHOWN = 40;

    private Quoted() {
    }

    public static String of(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > SHOWN ? clean.substring(0, SHOWN) + "…" : clean;
    }
}
