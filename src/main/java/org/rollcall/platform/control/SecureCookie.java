package org.rollcall.platform.control;

import java.util.Locale;

/** The {@code ROLLCALL_SECURE_COOKIE} switch: whether browsers may send the session cookie over plain HTTP. */
public enum SecureCookie {
    /** Secure on HTTPS requests (the container's own rule), and always once a trusted proxy is configured. */
    AUTO,
    /** Always Secure: the site is only ever reached over HTTPS. */
    TRUE,
    /** Never forced: for a plain-HTTP proxy in a closed network. */
    FALSE;

    static SecureCookie parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("write auto, true or false", e);
        }
    }

    /** Whether the cookie is to be marked Secure on every response, whatever the request's scheme. */
    public boolean always(TrustedProxies proxies) {
        return this == TRUE || this == AUTO && !proxies.isEmpty();
    }
}
