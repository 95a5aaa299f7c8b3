/**
 * The persistent account — a username (its natural key, unique in any case), a display name, a password hash or
 * none for a directory account, a role — and the record of changes made to accounts.
 */
package org.rollcall.accounts.entity;
