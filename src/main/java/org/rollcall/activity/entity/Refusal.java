package org.rollcall.activity.entity;

/** Why a sign-in was refused. Never what was typed as a password. */
public enum Refusal {
    /** The name and password didn't match an enabled account (the page says no more, and neither does this). */
    WRONG_PASSWORD,
    /** Too many failures for the name or the address: refused before the password was checked. */
    THROTTLED,
    /** The site limit or the provider's cap was reached. */
    SITE_FULL,
    /** The account's own limit was reached, in the refusing mode. */
    USER_FULL,
    /** The account exists but is disabled: refused whatever the password (the page says "wrong password"). */
    ACCOUNT_DISABLED
}
