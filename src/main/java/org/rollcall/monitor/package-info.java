/**
 * Who is working now: the managers' grid of live sessions and every user's own sessions, with the actions
 * that end them.
 */
package org.rollcall.monitor;
