package org.rollcall.sessions.control;

import jakarta.servlet.http.HttpServletRequest;
import org.rollcall.platform.control.TrustedProxies;
import org.rollcall.sessions.entity.UserSession;

/**
 * What a sign-in tells about the browser, cut to fit its columns: a client chooses its user agent, so an
 * over-long or hostile one is shortened and cleaned, never a reason to refuse a sign-in.
 */
public record ClientInfo(String ipAddress, String userAgent) {

    /** The client behind the request: its address as the trusted proxies tell it, and its user agent. */
    public static ClientInfo of(HttpServletRequest request, TrustedProxies proxies) {
        return new ClientInfo(proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")),
                request.getHeader("User-Agent"));
    }

    public ClientInfo {
        ipAddress = clean(ipAddress, UserSession.IP_LENGTH);
        userAgent = clean(userAgent, UserSession.USER_AGENT_LENGTH);
    }

    static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), maxLength));
        text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .takeWhile(c -> cleaned.length() + Character.charCount(c) <= maxLength)
                .forEach(cleaned::appendCodePoint);
        String result = cleaned.toString().strip();
        return result.isEmpty() ? null : result;
    }
}
