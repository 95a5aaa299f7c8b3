/**
 * The persistent account: a username (its natural key), a display name, a password hash and a role.
 */
package org.rollcall.accounts.entity;
