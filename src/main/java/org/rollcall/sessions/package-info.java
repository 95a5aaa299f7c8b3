/**
 * User sessions: one database row per sign-in, which is the truth of who is signed in where.
 */
package org.rollcall.sessions;
