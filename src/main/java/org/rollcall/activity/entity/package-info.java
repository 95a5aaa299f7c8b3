/**
 * The event row and its kinds. An event copies what it needs (username, address, user agent, node) instead of
 * pointing at the account or session row, because it outlives both.
 */
package org.rollcall.activity.entity;
