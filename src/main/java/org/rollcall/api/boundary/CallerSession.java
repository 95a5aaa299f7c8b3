package org.rollcall.api.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.rollcall.sessions.control.SessionTicket;

/** The row of a manager calling the API from their browser, which they can't end from here; none for a token. */
final class CallerSession {

    private CallerSession() {
    }

    static String rowId(HttpServletRequest request) {
        if (BearerAuthentication.isTokenCaller(request)) {
            return ""; // decided by the token alone, whatever cookie came with it
        }
        HttpSession session = request.isRequestedSessionIdFromURL() ? null : request.getSession(false);
        Object ticket = session == null ? null : session.getAttribute(SessionTicket.ATTRIBUTE);
        return ticket instanceof SessionTicket current ? current.rowId() : "";
    }
}
