package org.rollcall.limits.control;

import java.util.Optional;

/** How full the site is: live sessions, the limit in force (if any), and how many of them dangle. */
public record Usage(long inUse, Optional<Integer> limit, long dangling) {
}
