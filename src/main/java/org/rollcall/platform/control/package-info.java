/**
 * Settings and the embedded database, kept free of server-specific API so the WAR deploys anywhere.
 */
package org.rollcall.platform.control;
