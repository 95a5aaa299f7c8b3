package org.rollcall.protection.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.rollcall.api.boundary.BearerAuthentication;
import org.rollcall.api.boundary.Problem;
import org.rollcall.platform.control.TrustedProxies;
import org.rollcall.protection.control.SameOrigin;

/**
 * Turns away, before any page sees them, the requests no Rollcall page sends:
 * <ul>
 * <li>a session id in the URL ({@code ;jsessionid=}), which another site can plant to sign a visitor into its
 * own account; servers accept them even when {@code web.xml} asks for cookies, so a page fetch is sent to the
 * same address without it, and anything else is refused;</li>
 * <li>a post from another site's page (its {@code Origin} or {@code Referer} names another host);</li>
 * <li>a body larger than any form here sends: 413 before the container parses it, instead of a failure later.</li>
 * </ul>
 * Declared in {@code web.xml}, after the security headers and before everything else.
 */
public class RequestScreen extends HttpFilter {

    /** Far above any form Rollcall renders (a full grid selection is a few kB), far below what would hurt. */
    static final long MAX_BODY_BYTES = 256 * 1024;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestScreen.class.getName());
    private static final Pattern URL_SESSION_ID = Pattern.compile(";jsessionid=[^/?;#]*", Pattern.CASE_INSENSITIVE);

    @Inject
    transient TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL() || URL_SESSION_ID.matcher(request.getRequestURI()).find()) {
            refuseUrlSessionId(request, response);
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            if (!SameOrigin.allows(request.getHeader("Origin"), request.getHeader("Referer"), ownHosts(request))) {
                LOG.log(Level.INFO, "Refused a {0} to {1} from another site ({2}).", new Object[] {
                    request.getMethod(), request.getRequestURI(), request.getHeader("Origin")});
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN,
                        "A request from another site's page is refused (its Origin or Referer names another host).");
                return;
            }
            if (request.getContentLengthLong() > MAX_BODY_BYTES) {
                refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "The body is larger than " + MAX_BODY_BYTES / 1024 + " kB; nothing Rollcall takes is.");
                return;
            }
            if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
                // a body of unknown size: no form sends one
                refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED,
                        "Send the body with a Content-Length, not chunked.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The error page for a browser; for a script calling the API, the problem details every API error is. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        if (!BearerAuthentication.isApiRequest(request)) {
            response.sendError(status);
            return;
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(Problem.of(status, detail).toJson(request.getRequestURI()).toString());
    }

    private static void refuseUrlSessionId(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            String withoutId = URL_SESSION_ID.matcher(request.getRequestURI()).replaceAll("");
            response.sendRedirect(withoutId + (query == null ? "" : "?" + query));
        } else {
            LOG.log(Level.INFO, "Refused a {0} to {1} carrying a session id in its URL.",
                    new Object[] {request.getMethod(), URL_SESSION_ID.matcher(request.getRequestURI()).replaceAll("")});
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private List<String> ownHosts(HttpServletRequest request) {
        List<String> hosts = new ArrayList<>(List.of(request.getServerName()));
        String forwardedHost = request.getHeader("X-Forwarded-Host");
        if (forwardedHost != null && proxies.trusts(request.getRemoteAddr())) {
            hosts.add(SameOrigin.forwardedHost(forwardedHost));
        }
        return hosts;
    }
}
