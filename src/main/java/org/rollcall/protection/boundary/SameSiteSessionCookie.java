package org.rollcall.protection.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code SameSite=Lax} on the session cookie on every server. Servlet 6 lets the application ask for it
 * ({@code web.xml}, {@link CookieSettings}), and Payara and WildFly honour that; GlassFish 7.0 copies only the
 * classic cookie attributes into the cookie it sends. So wherever a session starts or changes its id, the
 * {@code Set-Cookie} header the server wrote is completed in place (a second header could outlive an id change
 * later in the same response). Where the server already wrote {@code SameSite}, nothing changes.
 */
public final class SameSiteSessionCookie {

    private static final String SET_COOKIE = "Set-Cookie";
    private static final String DEFAULT_NAME = "JSESSIONID";

    private SameSiteSessionCookie() {
    }

    /** After {@code getSession()} or {@code changeSessionId()} outside the filter chain (the sign-in mechanism). */
    public static void complete(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        String prefix = Optional.ofNullable(request.getServletContext().getSessionCookieConfig().getName())
                .orElse(DEFAULT_NAME) + "=";
        List<String> headers = new ArrayList<>(response.getHeaders(SET_COOKIE));
        boolean changed = false;
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.startsWith(prefix) && !header.toLowerCase(Locale.ROOT).contains("samesite=")) {
                headers.set(i, header + "; SameSite=Lax");
                changed = true;
            }
        }
        if (changed) {
            response.setHeader(SET_COOKIE, headers.get(0));
            headers.subList(1, headers.size()).forEach(header -> response.addHeader(SET_COOKIE, header));
        }
    }

    /** The request the filter chain sees: every session it starts, and every id change, completes the cookie. */
    static HttpServletRequest completing(HttpServletRequest request, HttpServletResponse response) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                HttpSession session = super.getSession(create);
                if (session != null && session.isNew()) {
                    complete(request, response);
                }
                return session;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public String changeSessionId() {
                String id = super.changeSessionId();
                complete(request, response);
                return id;
            }
        };
    }
}
