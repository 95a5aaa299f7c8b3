/**
 * What the browser talks to: the authentication mechanism (which also keeps someone with a one-time password on
 * My account), the sign-in and sign-out beans, Site → Accounts and My account.
 */
package org.rollcall.accounts.boundary;
