package org.rollcall.sessions.control;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the HTTP session carries of its row: the row's id, and its account's id so that a browser whose account
 * was deleted (rows and all) can be told so. The row is the truth; the link doesn't depend on the session id,
 * so it survives the id change at sign-in (and any later one) by construction.
 */
public record SessionTicket(String rowId, long accountId) implements Serializable {

    /** The HTTP session attribute holding the ticket. */
    public static final String ATTRIBUTE = SessionTicket.class.getName();

    public SessionTicket {
        Objects.requireNonNull(rowId, "a row id is required");
    }
}
