/**
 * The API tokens: what a script presents instead of a password. A row keeps only a hash of the secret, so the
 * table is no use to whoever reads it.
 */
package org.rollcall.api.entity;
