/**
 * The activity log: what happened to sessions (signed in, refused, ended, and by whom), kept after the session
 * rows are gone so a manager can answer "who ended my session yesterday?".
 */
package org.rollcall.activity;
