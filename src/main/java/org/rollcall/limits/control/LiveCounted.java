package org.rollcall.limits.control;

import java.util.Optional;

/**
 * Fired inside an admitting sign-in's transaction when it counted the live sessions (its own included): an exact
 * figure, free for whoever keeps a record of how full the site gets. Observers that write should wait for the
 * commit ({@code TransactionPhase.AFTER_SUCCESS}): the transaction holds the site lock.
 */
public record LiveCounted(long live, Optional<Integer> limitInForce) {
}
