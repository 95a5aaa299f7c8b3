/**
 * The site's limit settings (one row, which every sign-in locks) and the record of who changed them.
 */
package org.rollcall.limits.entity;
