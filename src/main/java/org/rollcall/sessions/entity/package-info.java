/**
 * The {@code UserSession} row and why a session ended. No column holds anything that lets a reader take over a
 * session: the link from the HTTP session to its row is the row's id, kept in the HTTP session.
 */
package org.rollcall.sessions.entity;
