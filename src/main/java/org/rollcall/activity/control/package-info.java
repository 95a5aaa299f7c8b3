/**
 * Writing events in the transaction of what they record, reading them for the pages, and forgetting them by age.
 */
package org.rollcall.activity.control;
