package org.rollcall.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.rollcall.sessions.control.SessionTicket;

/**
 * Test-only: leaves the caller signed in but without its row's ticket, the state a sign-in that failed
 * half-way would leave. Only in test deployments.
 */
@WebServlet("/it/drop-ticket")
public class DropTicketServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return;
        }
        session.removeAttribute(SessionTicket.ATTRIBUTE);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
