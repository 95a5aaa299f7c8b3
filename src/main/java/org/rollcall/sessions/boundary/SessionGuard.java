package org.rollcall.sessions.boundary;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.sessions.control.CheckIn;
import org.rollcall.sessions.control.NodeIdentity;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.control.SessionTicket;
import org.rollcall.sessions.entity.EndReason;

/**
 * Lets a signed-in request through only while its row is alive, so a session ended anywhere (by a manager,
 * from another device, on another node) is ended here at the next click.
 * <p>
 * It never creates an HTTP session, and it skips static resources, so a page costs one indexed read, plus a
 * write once per activity slot.
 */
@WebFilter(filterName = "SessionGuard", urlPatterns = "/*")
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SessionGuard.class.getName());
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    transient SessionRegistry registry;

    @Inject
    transient NodeIdentity node;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        node.name(request.getLocalPort());
        HttpSession session = request.getSession(false);
        Object ticket = session == null ? null : session.getAttribute(SessionTicket.ATTRIBUTE);
        if (request.getServletPath().startsWith(RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        if (!(ticket instanceof SessionTicket)) {
            if (request.getUserPrincipal() != null) {
                // Signed in but not on the roll (its sign-in failed half-way): not allowed to stay.
                request.logout();
                session.invalidate();
                SignInRedirect.send(request, response, EndReason.EXPIRED);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        CheckIn checkIn;
        try {
            checkIn = registry.checkIn((SessionTicket) ticket);
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "Can''t check a session against the database: {0}", e.getMessage());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (checkIn.alive()) {
            chain.doFilter(request, response);
        } else {
            session.invalidate();
            SignInRedirect.send(request, response, checkIn.endReason().orElse(EndReason.EXPIRED));
        }
    }
}
