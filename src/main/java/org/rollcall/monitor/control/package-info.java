/**
 * Paged, sorted, filtered reads of live sessions done in the database, and ending sessions with the
 * ownership and role rules in the queries themselves.
 */
package org.rollcall.monitor.control;
