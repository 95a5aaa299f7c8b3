package org.rollcall.monitor.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rollcall.database.control.SupportedDatabase;

/**
 * The SQL that reads the grid's live sessions: a page of their ids, or how many there are.
 * <p>
 * SQL rather than JPQL for Derby's sake: Derby plans a query without regard to how few rows a page fetches, and
 * among the indexes able to answer it takes the one with the fewest pages, sorting every live row from it if
 * need be. After a day of activity that is as likely one in another order as the one in the order asked (in ij at
 * 100,000 live rows, after 9,000 touches: 0.5-1.2 s instead of 2 ms). So on Derby the page names the index that
 * holds its rows in its order (an optimizer override), unless a filter leaves few rows through an index of its
 * own, which Derby then picks by itself. Other databases plan with statistics and row goals; they get no hint.
 * <p>
 * Every value is a bound parameter; column and index names come from {@link SessionSort.Column}, never from
 * the browser.
 */
final class LiveSessionsSql {

    /** An IP prefix matching at most this many open rows leaves few enough for Derby to sort them. */
    static final int FEW_ADDRESSES = 1_000;

    private final SupportedDatabase database;
    private final Timestamp now;
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private boolean joinsAccount;
    private boolean fewAccounts;
    private String ipPattern;

    LiveSessionsSql(SupportedDatabase database, LocalDateTime now) {
        this.database = database;
        this.now = Timestamp.valueOf(now);
    }

    /** Only these accounts' sessions (few: each is an index probe). */
    void accounts(List<Long> ids) {
        conditions.add("s.account_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")");
        parameters.addAll(ids);
        fewAccounts = true;
    }

    /**
     * Sessions of accounts whose username or display name matches, when too many match to list them. The same
     * expressions as {@code Account.IDS_MATCHING} (the lower-case username key, not {@code LOWER(username)}), which
     * PostgreSQL keeps statistics for, so it knows a broad filter matches most accounts and reads the sort's index.
     */
    void accountsMatching(String pattern) {
        joinsAccount = true;
        conditions.add("(a.username_key LIKE ? ESCAPE '!' OR LOWER(a.display_name) LIKE ? ESCAPE '!')");
        parameters.add(pattern);
        parameters.add(pattern);
    }

    void ipStartingWith(String pattern) {
        conditions.add("s.ip_address LIKE ? ESCAPE '!'");
        parameters.add(pattern);
        ipPattern = pattern;
    }

    void idleSince(LocalDateTime since) {
        conditions.add("s.last_activity <= ?");
        parameters.add(Timestamp.valueOf(since));
    }

    @SuppressWarnings("unchecked")
    List<String> pageIds(EntityManager em, List<SessionSort> sorts, int first, int size) {
        List<SessionSort> known = sorts.stream().filter(sort -> sort.column().isPresent()).toList();
        List<SessionSort> order = known.isEmpty() ? List.of(SessionSort.NEWEST_FIRST) : known;
        SessionSort lead = order.get(0);
        SessionSort.Column leadColumn = lead.column().orElseThrow();
        boolean nameIndex = order.size() == 1 && database == SupportedDatabase.DERBY && !leavesFewRows(em, leadColumn);
        Optional<String> index = nameIndex ? Optional.of(leadColumn.derbyIndex(lead.ascending())) : Optional.empty();
        // Expiry through COALESCE, which no index ranges over, unless the page is sorted by expiry: then the
        // range starts the sort's own index where the live rows begin. Elsewhere it would tempt Derby to read every
        // live row through the expiry index and sort them.
        String live = leadColumn == SessionSort.Column.EXPIRES_AT
                ? "s.ended_at IS NULL AND s.expires_at > ?"
                : "s.ended_at IS NULL AND COALESCE(s.expires_at, s.expires_at) > ?";
        String direction = lead.ascending() ? " ASC" : " DESC";
        String orderBy = order.stream().map(sort -> "s." + sort.column().orElseThrow().sql
                + (sort.ascending() ? " ASC" : " DESC")).collect(Collectors.joining(", ")) + ", s.id" + direction;
        String sql = "SELECT s.id " + from(index) + " WHERE " + live + and() + " ORDER BY " + orderBy + page();
        Query query = bound(em.createNativeQuery(sql), first, size);
        return ((List<Object>) query.getResultList()).stream().map(String::valueOf).toList();
    }

    long count(EntityManager em) {
        return ((Number) bound(em.createNativeQuery(countSql())).getSingleResult()).longValue();
    }

    /** Whether one session is live and passes the filter. */
    boolean includes(EntityManager em, String id) {
        Query query = bound(em.createNativeQuery(countSql() + " AND s.id = ?"));
        query.setParameter(parameters.size() + 2, id);
        return ((Number) query.getSingleResult()).longValue() > 0;
    }

    private String countSql() {
        return "SELECT COUNT(*) " + from(Optional.empty()) + " WHERE s.ended_at IS NULL AND s.expires_at > ?" + and();
    }

    /**
     * Whether a filter leaves so few rows that Derby's own choice (the filter's index, then a sort of what it
     * found) beats reading the sort's index until a page is full: listed accounts, or an IP prefix few open rows
     * start with (counted up to {@link #FEW_ADDRESSES} through the IP index, unless the page is sorted by IP).
     */
    private boolean leavesFewRows(EntityManager em, SessionSort.Column lead) {
        if (fewAccounts) {
            return true;
        }
        if (ipPattern == null || lead == SessionSort.Column.IP_ADDRESS) {
            return false;
        }
        return em.createNativeQuery("SELECT s.id FROM user_session s WHERE s.ip_address LIKE ? ESCAPE '!' "
                        + "AND s.ended_at IS NULL")
                .setParameter(1, ipPattern)
                .setMaxResults(FEW_ADDRESSES + 1)
                .getResultList().size() <= FEW_ADDRESSES;
    }

    /** Derby's overrides follow a comment marker and end at the line's end; the join order is kept as written. */
    private String from(Optional<String> index) {
        String sessions = "user_session s" + index.map(name -> " --DERBY-PROPERTIES index=" + name + "\n").orElse("");
        if (!joinsAccount) {
            return "FROM " + sessions;
        }
        String fixed = index.isPresent() ? "--DERBY-PROPERTIES joinOrder=FIXED\n" : "";
        return "FROM " + fixed + sessions + ", account a";
    }

    private String and() {
        List<String> all = new ArrayList<>(conditions);
        if (joinsAccount) {
            all.add(0, "a.id = s.account_id");
        }
        return all.stream().map(condition -> " AND " + condition).collect(Collectors.joining());
    }

    private String page() {
        return database == SupportedDatabase.MARIADB ? " LIMIT ? OFFSET ?" : " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    }

    private Query bound(Query query, int first, int size) {
        bound(query);
        int next = parameters.size() + 2;
        if (database == SupportedDatabase.MARIADB) {
            query.setParameter(next, size).setParameter(next + 1, first);
        } else {
            query.setParameter(next, first).setParameter(next + 1, size);
        }
        return query;
    }

    private Query bound(Query query) {
        query.setParameter(1, now);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 2, parameters.get(i));
        }
        return query;
    }
}
