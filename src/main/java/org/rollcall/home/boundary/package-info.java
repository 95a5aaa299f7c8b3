/**
 * The home page's beans: one for what everyone sees of their own account, one for the site figures only managers
 * are shown (the site-wide count is the managers' business).
 */
package org.rollcall.home.boundary;
