/**
 * Site → Sign-in lock-outs: what managers see of the throttling, and the one thing they can do (lift a lock).
 */
package org.rollcall.lockout.boundary;
