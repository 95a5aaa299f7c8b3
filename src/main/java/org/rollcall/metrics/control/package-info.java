/**
 * The meters and what moves them: CDI events from the activity log and the sweeper, a timing from the session
 * check. Counted after the transaction commits, so a counter never counts what the log doesn't hold.
 */
package org.rollcall.metrics.control;
