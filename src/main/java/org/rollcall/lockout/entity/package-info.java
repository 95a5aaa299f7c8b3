/**
 * One row per account name or client address that failed to sign in recently; rows forget themselves.
 */
package org.rollcall.lockout.entity;
