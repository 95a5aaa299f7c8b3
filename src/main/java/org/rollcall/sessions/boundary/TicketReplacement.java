package org.rollcall.sessions.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.control.SessionTicket;
import org.rollcall.sessions.entity.EndReason;

/**
 * Ends the row whose ticket another one replaced in the same HTTP session: two sign-in posts from one browser
 * at once (a double click, two tabs) each open a row, and only the one the session keeps may stay live. The
 * container hands exactly one of them the ticket it replaced, however the two interleave.
 */
@WebListener
public class TicketReplacement implements HttpSessionAttributeListener {

    private static final Logger LOG = Logger.getLogger(TicketReplacement.class.getName());

    @Inject
    SessionRegistry registry;

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (!SessionTicket.ATTRIBUTE.equals(event.getName())
                || !(event.getValue() instanceof SessionTicket replaced)
                || replaced.equals(event.getSession().getAttribute(SessionTicket.ATTRIBUTE))) {
            return;
        }
        try {
            registry.end(replaced.rowId(), EndReason.SIGNED_OUT);
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "Could not end the replaced session row {0}: {1}",
                    new Object[] {replaced.rowId(), e.getMessage()});
        }
    }
}
