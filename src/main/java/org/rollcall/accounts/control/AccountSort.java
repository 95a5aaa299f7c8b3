package org.rollcall.accounts.control;

import java.util.Map;
import java.util.Optional;

/** A sort the Accounts grid may ask for. Only these fields can be sorted on: the name comes from the browser. */
public record AccountSort(String field, boolean ascending) {

    /** Grid field to entity attribute: the username sorts by its unique lower-case key, which is indexed. */
    static final Map<String, String> ATTRIBUTES = Map.of(
            "username", "usernameKey",
            "displayName", "displayName",
            "role", "role",
            "enabled", "enabled",
            "createdAt", "createdAt",
            "lastSignInAt", "lastSignInAt");

    Optional<String> attribute() {
        return Optional.ofNullable(ATTRIBUTES.get(field));
    }
}
