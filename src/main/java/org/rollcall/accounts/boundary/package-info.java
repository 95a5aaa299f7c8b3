/**
 * What the browser talks to for signing in and out: the authentication mechanism and the page beans.
 */
package org.rollcall.accounts.boundary;
