/**
 * Admission at sign-in under the site lock, the usage figures, and validated changes to the settings.
 */
package org.rollcall.limits.control;
