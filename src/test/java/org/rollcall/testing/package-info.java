/**
 * What the integration tests share: the one place deployments are built, a cookie-keeping HTTP browser, and
 * a test-only bean that reads and ages session rows.
 */
package org.rollcall.testing;
