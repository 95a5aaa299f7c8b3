package org.rollcall.protection.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.platform.control.SecureCookie;

/**
 * Marks the session cookie as the deployment needs, at start-up (the only time the Servlet API allows it):
 * {@code HttpOnly} and {@code SameSite=Lax} always (also declared in {@code web.xml}, for servers that read only
 * that), and {@code Secure} as {@code ROLLCALL_SECURE_COOKIE} says. Behind a trusted proxy the server sees plain
 * HTTP although browsers use HTTPS, so {@code auto} marks it Secure whenever a trusted proxy is configured.
 */
@WebListener
public class CookieSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(CookieSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        RollcallSettings settings = RollcallSettings.fromEnvironment();
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        SecureCookie secure = settings.secureCookie();
        if (secure.always(settings.trustedProxies())) {
            cookie.setSecure(true);
        }
        LOG.log(Level.INFO, "Session cookie: HttpOnly, SameSite=Lax, Secure {0}.",
                secure.always(settings.trustedProxies()) ? "always" : secure == SecureCookie.FALSE
                        ? "never forced" : "on HTTPS requests");
    }
}
