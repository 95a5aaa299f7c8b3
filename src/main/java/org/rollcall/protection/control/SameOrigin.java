package org.rollcall.protection.control;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a state-changing request comes from one of Rollcall's own pages, judged by the {@code Origin} header
 * (or, lacking it, the {@code Referer}) that browsers add and pages can't forge.
 * <p>
 * Only host names are compared: another site can't share the host name, while scheme and port legitimately
 * differ behind a proxy that terminates TLS. A request with neither header passes (old clients, scripts), as
 * the view state and {@code SameSite} cookies still protect it; {@code Origin: null} (a sandboxed or privacy-
 * stripped cross-site post) does not.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * @param origin the {@code Origin} header, or null
     * @param referer the {@code Referer} header, or null
     * @param ownHosts the host names this site answers under: the request's own, and a trusted proxy's
     */
    public static boolean allows(String origin, String referer, Iterable<String> ownHosts) {
        String claimed = origin != null ? origin : referer;
        if (claimed == null) {
            return true;
        }
        Optional<String> host = host(claimed);
        if (host.isEmpty()) {
            return false;
        }
        for (String own : ownHosts) {
            if (own != null && host.get().equals(own.strip().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The host of a {@code X-Forwarded-Host} value, which may carry a port and a list of hops. */
    public static String forwardedHost(String header) {
        String first = header.split(",", 2)[0].strip();
        return host("http://" + first).orElse(first);
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
