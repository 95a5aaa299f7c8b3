/**
 * Who may sign in: accounts, their roles and passwords, the company directory they may sign in through, the
 * pages that sign people in and out, and the pages managers and everyone use to manage accounts.
 */
package org.rollcall.accounts;
