/**
 * The first page after sign-in: who you are and how busy the site is.
 */
package org.rollcall.home;
