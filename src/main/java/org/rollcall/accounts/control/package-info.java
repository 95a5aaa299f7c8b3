/**
 * Finding and creating accounts, checking passwords for Jakarta Security, and the accounts a first start needs.
 */
package org.rollcall.accounts.control;
