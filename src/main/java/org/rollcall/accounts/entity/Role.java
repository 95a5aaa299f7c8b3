package org.rollcall.accounts.entity;

import java.util.Set;

/**
 * What an account may do. A manager is also a user, so pages for everyone need only the {@code user} role.
 */
public enum Role {
    USER(Set.of(Role.USER_GROUP)),
    MANAGER(Set.of(Role.USER_GROUP, Role.MANAGER_GROUP));

    /** The role names used in {@code web.xml} and {@code @RolesAllowed}. */
    public static final String USER_GROUP = "user";
    public static final String MANAGER_GROUP = "manager";

    private final Set<String> groups;

    Role(Set<String> groups) {
        this.groups = groups;
    }

    public Set<String> groups() {
        return groups;
    }
}
