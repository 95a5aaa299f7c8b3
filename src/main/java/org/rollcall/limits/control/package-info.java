/**
 * Admission at sign-in under the site lock (counting only when the bound kept beside it can't vouch for a
 * seat), the usage figures (reused for a few seconds), and validated changes to the settings.
 */
package org.rollcall.limits.control;
