package org.rollcall.monitor.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A sort the grid may ask for. Only these fields can be sorted on: the name comes from the browser. */
public record SessionSort(String field, boolean ascending) {

    /**
     * A sortable column of {@code user_session}, with the Derby indexes that hold its rows in each direction (Derby
     * can't read an index backwards; see {@code db/migration/derby/V4} and {@code V5}).
     */
    enum Column {
        USERNAME("username", "ix_user_session_by_user", "ix_user_session_by_user_desc"),
        LOGIN_AT("login_at", "ix_user_session_signed_in", "ix_user_session_signed_in_desc"),
        LAST_ACTIVITY("last_activity", "ix_user_session_idle_first", "ix_user_session_active_first"),
        EXPIRES_AT("expires_at", "ix_user_session_expiring_first", "ix_user_session_expiring_last"),
        IP_ADDRESS("ip_address", "ix_user_session_by_ip", "ix_user_session_by_ip_desc"),
        NODE("node", "ix_user_session_by_node", "ix_user_session_by_node_desc");

        final String sql;
        private final String ascendingIndex;
        private final String descendingIndex;

        Column(String sql, String ascendingIndex, String descendingIndex) {
            this.sql = sql;
            this.ascendingIndex = ascendingIndex;
            this.descendingIndex = descendingIndex;
        }

        String derbyIndex(boolean ascending) {
            return ascending ? ascendingIndex : descendingIndex;
        }
    }

    /** The grid's default: most recently active first. */
    static final SessionSort NEWEST_FIRST = new SessionSort("lastActivity", false);

    private static final Map<String, Column> COLUMNS = Map.of(
            "username", Column.USERNAME,
            "loginAt", Column.LOGIN_AT,
            "lastActivity", Column.LAST_ACTIVITY,
            "expiresAt", Column.EXPIRES_AT,
            "ipAddress", Column.IP_ADDRESS,
            "node", Column.NODE);

    /** Whether a table (or the API) may sort on this field. */
    public static boolean isSortable(String field) {
        return COLUMNS.containsKey(field);
    }

    /** The fields that can be sorted on, in a stable order: for messages that list them. */
    public static List<String> sortableFields() {
        return COLUMNS.keySet().stream().sorted().toList();
    }

    Optional<Column> column() {
        return Optional.ofNullable(COLUMNS.get(field));
    }
}
