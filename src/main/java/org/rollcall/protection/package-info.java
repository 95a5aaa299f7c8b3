/**
 * What every request passes through before it reaches a page: session ids only from cookies, no cross-site
 * posts, bounded request bodies, security headers, cookies marked as the deployment needs, short-lived
 * anonymous sessions, and a friendly answer to an expired form.
 */
package org.rollcall.protection;
