package org.rollcall.accounts.entity;

/**
 * Where an account's password lives. A directory account's row exists so its sessions have an owner and the
 * grids a name; its password and role belong to the directory, so the pages can't reset or change them.
 */
public enum AccountSource {
    LOCAL,
    DIRECTORY
}
