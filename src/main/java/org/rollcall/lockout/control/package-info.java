/**
 * The lock-out arithmetic and the counters: checked and counted before a password is hashed, cleared by a
 * successful sign-in, lifted by a manager, swept when stale.
 */
package org.rollcall.lockout.control;
