/**
 * The first page after sign-in, a dashboard: everyone's own sessions and recent sign-ins; for managers also how
 * full the site is, what dangles, what was refused today and the latest events.
 */
package org.rollcall.home;
