package org.rollcall.monitor.control;

import java.time.Instant;
import java.util.Optional;

/**
 * Which live sessions a table shows. {@code owner} restricts to one account (My sessions); the rest come from
 * the manager's filters. {@code idleSince}: with {@code danglingOnly}, only sessions idle since then.
 */
public record SessionFilter(Optional<String> owner, String user, String ip, boolean danglingOnly, Instant idleSince) {

    /** Every live session; narrow it with {@link #withCriteria}. */
    public static SessionFilter everyone(Instant idleSince) {
        return new SessionFilter(Optional.empty(), null, null, false, idleSince);
    }

    public static SessionFilter ownedBy(String username, Instant idleSince) {
        return new SessionFilter(Optional.of(username), null, null, false, idleSince);
    }

    /** Whether this is every live session, unnarrowed: then it counts exactly what the usage line counts. */
    public boolean isEveryLiveSession() {
        return owner.isEmpty() && isBlank(user) && isBlank(ip) && !danglingOnly;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public SessionFilter withCriteria(String user, String ip, boolean danglingOnly) {
        return new SessionFilter(owner, user, ip, danglingOnly, idleSince);
    }
}
