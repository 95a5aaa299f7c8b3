package org.rollcall.limits.control;

import java.util.Optional;

/** How full the site is: live sessions, the limit in force (if any), how many of them dangle, and whose they are. */
public record Usage(long inUse, Optional<Integer> limit, long dangling, long people) {
}
