package org.rollcall.sessions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.application.ResourceHandler;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.sessions.control.CheckIn;
import org.rollcall.sessions.control.CheckIns;
import org.rollcall.sessions.control.NodeIdentity;
import org.rollcall.sessions.control.SessionChecked;
import org.rollcall.sessions.control.SessionTicket;
import org.rollcall.sessions.entity.EndReason;

/**
 * Decides, before anything else runs, who a request comes from: a browser is signed in exactly while its row is
 * alive, so a session ended anywhere (by a manager, from another device, on another node) is ended here at the
 * next click, and the caller's role is the one the account has now.
 * <p>
 * The authentication mechanism asks this on every request, so the container's idea of the caller and its groups
 * never outlives the row. It costs one indexed read (row and account together), plus a write once per activity
 * slot; static resources skip it. It never creates an HTTP session, and a session named in the URL
 * ({@code ;jsessionid=}) is never used: such an id can be planted by another site.
 */
@ApplicationScoped
public class SessionCheck {

    private static final Logger LOG = Logger.getLogger(SessionCheck.class.getName());

    /**
     * Who is calling: signed in with these groups (and perhaps a password to change first), anonymous, already
     * answered (sent to sign in, 503), or, for a caller that answers itself, unknown because the database is down.
     */
    public record Outcome(Optional<String> caller, Set<String> groups, boolean passwordChangeRequired,
            boolean answered, boolean unavailable) {

        static final Outcome ANONYMOUS = new Outcome(Optional.empty(), Set.of(), false, false, false);
        static final Outcome ANSWERED = new Outcome(Optional.empty(), Set.of(), false, true, false);
        static final Outcome UNAVAILABLE = new Outcome(Optional.empty(), Set.of(), false, false, true);

        static Outcome signedIn(CheckIn checkIn) {
            return new Outcome(Optional.of(Objects.requireNonNull(checkIn.username(), "a caller is required")),
                    checkIn.groups(), checkIn.passwordChangeRequired(), false, false);
        }
    }

    @Inject
    CheckIns checkIns;

    @Inject
    NodeIdentity node;

    /** How long each check took, for whoever measures it (the metrics). */
    @Inject
    Event<SessionChecked> checked;

    /** The HTTP session the browser's cookie names, if any; never one named in the URL. */
    private static Optional<HttpSession> cookieSession(HttpServletRequest request) {
        return request.isRequestedSessionIdFromURL() ? Optional.empty() : Optional.ofNullable(request.getSession(false));
    }

    public Outcome check(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return check(request, response, true);
    }

    /**
     * @param answerBrowser whether to answer a browser here (send it to sign in, 503 page); a script calling the
     *     API is answered by the API in its own format instead: an ended row leaves it anonymous, a database that is
     *     down is {@link Outcome#UNAVAILABLE}
     */
    public Outcome check(HttpServletRequest request, HttpServletResponse response, boolean answerBrowser)
            throws IOException {
        node.name(request.getLocalPort());
        Optional<HttpSession> session = cookieSession(request);
        Object ticket = session.map(s -> s.getAttribute(SessionTicket.ATTRIBUTE)).orElse(null);
        if (!(ticket instanceof SessionTicket signedIn)
                || request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER)) {
            return Outcome.ANONYMOUS;
        }
        CheckIn checkIn;
        long started = System.nanoTime();
        try {
            checkIn = checkIns.checkIn(signedIn);
            checked.fire(new SessionChecked(System.nanoTime() - started));
        } catch (RuntimeException e) { // pool, driver or JPA: a database that is down surfaces as any of them
            LOG.log(Level.WARNING, "Can''t check a session against the database: {0}", e.toString());
            if (!answerBrowser) {
                return Outcome.UNAVAILABLE;
            }
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return Outcome.ANSWERED;
        }
        if (checkIn.alive()) {
            return Outcome.signedIn(checkIn);
        }
        session.get().invalidate();
        if (!answerBrowser) {
            return Outcome.ANONYMOUS;
        }
        SignInRedirect.send(request, response, checkIn.endReason().orElse(EndReason.EXPIRED));
        return Outcome.ANSWERED;
    }
}
