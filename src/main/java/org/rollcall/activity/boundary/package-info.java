/**
 * Site → Activity: the log as managers read it, newest first, narrowed by user, kind and time.
 */
package org.rollcall.activity.boundary;
