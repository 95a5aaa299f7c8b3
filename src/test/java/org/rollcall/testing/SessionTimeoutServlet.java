package org.rollcall.testing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Test-only: gives the calling browser's HTTP session a one-second time-out, so a test sees the container time
 * it out without waiting half an hour. Only in test deployments.
 */
@WebServlet("/it/session-timeout")
public class SessionTimeoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return;
        }
        session.setMaxInactiveInterval(1);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
