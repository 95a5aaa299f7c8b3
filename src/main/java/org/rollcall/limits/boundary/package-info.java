/**
 * The managers' settings page.
 */
package org.rollcall.limits.boundary;
