package org.rollcall.accounts.entity;

/** What a change did to an account, as listed on the Accounts page. */
public enum AccountAction {
    CREATED,
    DISPLAY_NAME_CHANGED,
    ROLE_CHANGED,
    DISABLED,
    ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    DELETED,
    /** A directory account's row, made at its first sign-in. */
    CREATED_FROM_DIRECTORY,
    /** The directory's groups gave a directory account another role at sign-in. */
    ROLE_FROM_DIRECTORY
}
