/**
 * How full the site was, hour by hour: the peak of live sessions against the limit in force, sign-ins and
 * refusals, so a manager (or the provider selling the limit) can see whether the site needs more seats without
 * anyone reading the raw events.
 */
package org.rollcall.usage;
