package org.rollcall.sessions.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import org.rollcall.sessions.control.SessionTicket;

/** The row of the browser making this request: pages mark it, and no action here ends it by accident. */
@RequestScoped
public class CurrentSession {

    @Inject
    ExternalContext external;

    /** The current row's id, or an id no row has when the request carries none. */
    public String rowId() {
        HttpSession session = (HttpSession) external.getSession(false);
        Object ticket = session == null ? null : session.getAttribute(SessionTicket.ATTRIBUTE);
        return ticket instanceof SessionTicket current ? current.rowId() : "";
    }
}
