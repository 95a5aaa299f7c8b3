/**
 * Who may sign in: accounts, their roles and passwords, and the sign-in and sign-out pages.
 */
package org.rollcall.accounts;
