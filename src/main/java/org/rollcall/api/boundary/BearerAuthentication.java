package org.rollcall.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.entity.Role;
import org.rollcall.api.control.ApiTokens;
import org.rollcall.api.entity.ApiToken;
import org.rollcall.sessions.control.NodeIdentity;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>}, for that request only: the token
 * acts with a manager's rights under the name {@code token:<its name>} (which no account can have), never opens a
 * session row and never counts against a limit. A request that presents anything else as its authorization stays
 * anonymous, whatever cookie it also carries, and gets 401 saying why: a script with a mistyped or revoked token
 * must hear so, not act as whoever last signed in from that client. Only API requests are read this way; the
 * pages know nothing of tokens.
 */
@ApplicationScoped
public class BearerAuthentication {

    /** The caller name of a token: a prefix no username can have, so a token is never taken for an account. */
    public static final String CALLER_PREFIX = "token:";

    static final String CHALLENGE = "Bearer realm=\"rollcall\"";
    static final String NOT_SIGNED_IN = "Sign in first: send an API token as \"Authorization: Bearer rc_…\" "
            + "(Site → API tokens), or use a site manager's session.";

    private static final Logger LOG = Logger.getLogger(BearerAuthentication.class.getName());
    private static final String BEARER = "bearer ";
    private static final String REFUSAL = BearerAuthentication.class.getName() + ".refusal";

    @Inject
    ApiTokens tokens;

    @Inject
    NodeIdentity node;

    /**
     * Whether the request goes to the API's servlet. Decided by the servlet path, which the container has decoded
     * and resolved: the URI as sent could say {@code /api/v1/../app/site/accounts.xhtml} and reach a page.
     */
    public static boolean isApiRequest(HttpServletRequest request) {
        return ("/" + ApiApplication.PATH).equals(request.getServletPath());
    }

    /** Whether the caller was signed in by a token (for this request only) rather than by a browser's session. */
    public static boolean isTokenCaller(HttpServletRequest request) {
        return request.getUserPrincipal() != null && request.getUserPrincipal().getName().startsWith(CALLER_PREFIX);
    }

    /** Empty unless this is an API request with an {@code Authorization} header: not this class's to decide. */
    public Optional<AuthenticationStatus> validate(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !isApiRequest(request)) {
            return Optional.empty();
        }
        node.name(request.getLocalPort()); // a node only ever called with tokens has a name for its metrics too
        String scheme = authorization.strip().toLowerCase(Locale.ROOT);
        if (!scheme.equals(BEARER.strip()) && !scheme.startsWith(BEARER)) {
            return Optional.of(refuse(request, context, Problem.of(401,
                    "This API takes only bearer tokens: \"Authorization: Bearer rc_…\".")));
        }
        Optional<ApiToken> token;
        try {
            token = tokens.authenticate(authorization.strip().substring(BEARER.strip().length()));
        } catch (RuntimeException e) { // the database is down: a token can't be told from a wrong one
            LOG.log(Level.WARNING, "Can''t check an API token against the database: {0}", e.toString());
            return Optional.of(refuse(request, context, Problem.of(503,
                    "Rollcall can't reach its database right now, so it can't check the token. Try again shortly.")));
        }
        if (token.isEmpty()) {
            return Optional.of(refuse(request, context, Problem.of(401,
                    "The token is not valid: it is mistyped, revoked or expired (Site → API tokens lists them).")));
        }
        return Optional.of(context.notifyContainerAboutLogin(CALLER_PREFIX + token.get().getName(),
                Role.MANAGER.groups()));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpMessageContext context,
            Problem problem) {
        refuse(request, problem);
        return context.doNothing();
    }

    /**
     * Leaves an API request anonymous and notes why, for {@link ManagerFilter} to answer with: a problem written by
     * the authentication mechanism, before the container's security is done, is replaced by some servers' own
     * error page.
     */
    public static void refuse(HttpServletRequest request, Problem problem) {
        request.setAttribute(REFUSAL, problem);
    }

    /** Why this request was refused before it reached a resource, if it was. */
    static Optional<Problem> refusalOf(HttpServletRequest request) {
        return request.getAttribute(REFUSAL) instanceof Problem problem ? Optional.of(problem) : Optional.empty();
    }
}
