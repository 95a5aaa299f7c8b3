/**
 * The sessions limit: the provider's cap, the site's own limit, the per-user limit and what idle (dangling)
 * sessions count for, enforced atomically at sign-in.
 */
package org.rollcall.limits;
