/**
 * What every component stands on: the settings read from the environment and the default datasource.
 */
package org.rollcall.platform;
