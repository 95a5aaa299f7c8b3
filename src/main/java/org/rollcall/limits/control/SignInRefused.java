package org.rollcall.limits.control;

/**
 * A sign-in the limits don't admit. Unchecked, so the transaction that counted is rolled back and nothing it
 * did (ending a session to make room, say) stays done.
 */
public class SignInRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which limit refused it: the texts differ. */
    public enum Kind { SITE_FULL, USER_FULL }

    private final Kind kind;
    private final int limit;

    public SignInRefused(Kind kind, int limit) {
        super(kind + " at limit " + limit);
        this.kind = kind;
        this.limit = limit;
    }

    public Kind kind() {
        return kind;
    }

    public int limit() {
        return limit;
    }
}
