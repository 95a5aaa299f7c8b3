/**
 * A real headless Chromium for browser tests, driven by Selenium through Debian's chromedriver. Kept out of
 * the test deployment: Selenium classes must never reach the server.
 */
package org.rollcall.testing.browser;
