/**
 * The rules of accounts: checking passwords for Jakarta Security (local accounts first, then the directory),
 * what managers may do to accounts and everyone to their own, what a username and a password must be, the
 * record of every change, and the accounts a first start needs. Callers check the role; these classes check
 * everything else, so no page can skip a rule.
 */
package org.rollcall.accounts.control;
