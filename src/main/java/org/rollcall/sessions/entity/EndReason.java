package org.rollcall.sessions.entity;

/** Why a session ended; the sign-in page tells the user, from the resource bundle key {@link #messageKey()}. */
public enum EndReason {
    SIGNED_OUT,
    TIMED_OUT,
    LIFETIME_REACHED,
    ENDED_BY_MANAGER,
    ENDED_BY_OWNER,
    RECLAIMED,
    /** The per-user limit was reached and the user signed in again elsewhere. */
    REPLACED,
    SERVER_RESTARTED,
    /** The account was disabled while signed in. */
    ACCOUNT_DISABLED,
    /** The account was deleted: its rows went with it, so this is known only from the ticket. */
    ACCOUNT_DELETED,
    /** A manager reset the account's password. */
    PASSWORD_RESET,
    /** The owner changed their password in another session and signed the others out. */
    PASSWORD_CHANGED,
    SERVER_STOPPED,
    /** The row is gone or expired: nothing more is known. */
    EXPIRED;

    public String messageKey() {
        return "session.ended." + name();
    }
}
