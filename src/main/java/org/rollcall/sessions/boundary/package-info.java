/**
 * Where the container and the clock reach the session rows: the request guard, the HTTP session listener and
 * the sweep timer.
 */
package org.rollcall.sessions.boundary;
