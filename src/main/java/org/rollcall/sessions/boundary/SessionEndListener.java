package org.rollcall.sessions.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.control.SessionTicket;
import org.rollcall.sessions.entity.EndReason;

/**
 * Ends the row when the container destroys its HTTP session. Sign-out and the guard end the row first, with
 * their own reason, so what is left here is a time-out, or the server stopping.
 */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SessionEndListener.class.getName());

    @Inject
    SessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (!(session.getAttribute(SessionTicket.ATTRIBUTE) instanceof SessionTicket ticket)) {
            return;
        }
        EndReason reason = idleTooLong(session) ? EndReason.TIMED_OUT : EndReason.SERVER_STOPPED;
        try {
            if (registry.end(ticket.rowId(), reason)) {
                LOG.log(Level.FINE, "Session row {0} ended: {1}", new Object[] {ticket.rowId(), reason});
            }
        } catch (PersistenceException e) {
            // The database may already be gone when the server stops; the next start ends the row.
            LOG.log(Level.INFO, "Could not end session row {0}: {1}", new Object[] {ticket.rowId(), e.getMessage()});
        }
    }

    private static boolean idleTooLong(HttpSession session) {
        long idleMillis = System.currentTimeMillis() - session.getLastAccessedTime();
        return session.getMaxInactiveInterval() > 0 && idleMillis >= session.getMaxInactiveInterval() * 1000L;
    }
}
