/**
 * Writing the hours (after each sweep and, for a new peak, at sign-in) and reading them back as the 48-hour and
 * 90-day series and the verdict the Usage page shows.
 */
package org.rollcall.usage.control;
