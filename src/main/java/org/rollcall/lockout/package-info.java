/**
 * Brute-force protection for sign-in: failed attempts counted per account name and per client address in the
 * database (so every node sees them), and sign-ins refused for a growing while before any password is hashed.
 */
package org.rollcall.lockout;
