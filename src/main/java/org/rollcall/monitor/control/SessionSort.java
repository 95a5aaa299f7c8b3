package org.rollcall.monitor.control;

import java.util.Map;
import java.util.Optional;

/** A sort the grid may ask for. Only these fields can be sorted on: the name comes from the browser. */
public record SessionSort(String field, boolean ascending) {

    /** Grid field to entity path ({@code account.} paths go through the joined account). */
    static final Map<String, String> PATHS = Map.of(
            "username", "account.username",
            "loginAt", "loginAt",
            "lastActivity", "lastActivity",
            "expiresAt", "expiresAt",
            "ipAddress", "ipAddress",
            "node", "node");

    Optional<String> path() {
        return Optional.ofNullable(PATHS.get(field));
    }
}
