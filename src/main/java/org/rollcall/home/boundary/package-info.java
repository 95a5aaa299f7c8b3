/**
 * The home page's bean.
 */
package org.rollcall.home.boundary;
