/**
 * What every page shares: the texts people read, from one resource bundle.
 */
package org.rollcall.platform.boundary;
