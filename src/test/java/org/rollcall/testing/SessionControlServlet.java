package org.rollcall.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.rollcall.sessions.control.SessionTicket;

/**
 * Test-only: puts the calling browser's HTTP session in states a test can't wait or fail its way into.
 * {@code /it/session-timeout} gives it a one-second time-out (the container times it out, no half-hour wait);
 * {@code /it/drop-ticket} leaves it signed in without its row's ticket (a sign-in that failed half-way);
 * {@code /it/session-lifetime} answers how many seconds of inactivity the session has left to live.
 * Answers 204 (200 with the seconds), or 409 when the browser has no session. Only in test deployments.
 */
@WebServlet({SessionControlServlet.TIMEOUT, SessionControlServlet.DROP_TICKET, SessionControlServlet.LIFETIME})
public class SessionControlServlet extends HttpServlet {

    static final String TIMEOUT = "/it/session-timeout";
    static final String DROP_TICKET = "/it/drop-ticket";
    static final String LIFETIME = "/it/session-lifetime";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return;
        }
        if (LIFETIME.equals(request.getServletPath())) {
            response.setContentType("text/plain");
            response.getWriter().print(session.getMaxInactiveInterval());
            return;
        }
        if (TIMEOUT.equals(request.getServletPath())) {
            session.setMaxInactiveInterval(1);
        } else {
            session.removeAttribute(SessionTicket.ATTRIBUTE);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
