package org.rollcall.protection.boundary;

import jakarta.faces.application.ResourceHandler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response. The script policy with its per-response nonce comes from PrimeFaces' CSP mode
 * ({@code primefaces.CSP} in {@code web.xml}); this adds the directives that don't depend on the page, so they
 * hold for error pages and servlets too. Pages, which list sessions, addresses and names, are never stored by
 * the browser or a proxy; static resources keep their caching. The session cookie gets {@code SameSite=Lax} on
 * servers that leave it out ({@link SameSiteSessionCookie}).
 */
public class SecurityHeaders extends HttpFilter {

    static final String FRAME_AND_PLUGIN_POLICY =
            "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", FRAME_AND_PLUGIN_POLICY);
        if (!request.getServletPath().startsWith(ResourceHandler.RESOURCE_IDENTIFIER)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(SameSiteSessionCookie.completing(request, response), response);
    }
}
