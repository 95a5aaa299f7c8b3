package org.rollcall.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rollcall.accounts.entity.Account;
import org.rollcall.database.control.SupportedDatabase;
import org.rollcall.platform.control.FirstRow;
import org.rollcall.platform.control.LikePattern;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.sessions.entity.Utc;

/**
 * Reads live sessions a page at a time, filtered and sorted by the database, so a hundred thousand rows page
 * as fast as a hundred. Expired and ended sessions are never returned.
 * <p>
 * A page is read in two steps: the ids of its rows in the order asked, then those rows. The first step reads
 * nothing but columns the indexes over each sort carry (the sort key, the id, and the live columns), so a
 * database answers it by reading the first rows of that index, whatever the table's size ({@link LiveSessionsSql});
 * the second reads twenty rows by their keys. A user filter is looked up among the accounts first: when it
 * matches few, the sessions are read through those accounts' index entries instead of checking every live
 * row's account.
 */
@ApplicationScoped
@Transactional
public class SessionSearch {

    /** A user filter matching at most this many accounts reads their sessions by account. */
    public static final int FEW_ACCOUNTS = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<UserSession> find(SessionFilter filter, List<SessionSort> sorts, int first, int pageSize) {
        List<String> ids = sql(filter).map(sql -> sql.pageIds(em, sorts, first, pageSize)).orElse(List.of());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, UserSession> rows = em.createNamedQuery(UserSession.WITH_ACCOUNT, UserSession.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(UserSession::getId, Function.identity()));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    public long count(SessionFilter filter) {
        return sql(filter).map(sql -> sql.count(em)).orElse(0L);
    }

    /**
     * One live session, if it passes the filter: how a table finds its selected rows again. The same SQL as the
     * table's pages decides, so a row key posted by a browser selects only a row that table may show.
     */
    public Optional<UserSession> findLive(String id, SessionFilter filter) {
        if (sql(filter).filter(sql -> sql.includes(em, id)).isEmpty()) {
            return Optional.empty();
        }
        return FirstRow.of(em.createNamedQuery(UserSession.WITH_ACCOUNT, UserSession.class)
                .setParameter("ids", List.of(id)));
    }

    /** The filter as SQL, its accounts looked up first; empty when no session can pass it. */
    private Optional<LiveSessionsSql> sql(SessionFilter filter) {
        LiveSessionsSql sql = new LiveSessionsSql(SupportedDatabase.inUse(), Utc.of(clock.instant()));
        Optional<List<Long>> accounts = filter.owner().map(this::accountOf);
        Optional<String> user = text(filter.user());
        if (user.isPresent()) {
            String pattern = LikePattern.contains(user.get().toLowerCase(Locale.ROOT));
            List<Long> matching = accountsMatching(pattern);
            if (matching.size() <= FEW_ACCOUNTS) {
                accounts = Optional.of(accounts.map(only -> only.stream().filter(matching::contains).toList())
                        .orElse(matching));
            } else {
                sql.accountsMatching(pattern);
            }
        }
        if (accounts.isPresent()) {
            if (accounts.get().isEmpty()) {
                return Optional.empty();
            }
            sql.accounts(accounts.get());
        }
        text(filter.ip()).ifPresent(ip -> sql.ipStartingWith(LikePattern.startsWith(ip)));
        if (filter.danglingOnly()) {
            sql.idleSince(Utc.of(filter.idleSince()));
        }
        return Optional.of(sql);
    }

    /** The owner's account id, or none: an unknown owner has no sessions. */
    private List<Long> accountOf(String owner) {
        return FirstRow.of(em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                        .setParameter("key", Account.keyOf(owner)))
                .map(account -> List.of(account.getId()))
                .orElse(List.of());
    }

    /** Up to one more than {@link #FEW_ACCOUNTS} accounts matching a user filter: enough to tell few from many. */
    private List<Long> accountsMatching(String pattern) {
        return em.createNamedQuery(Account.IDS_MATCHING, Long.class)
                .setParameter("pattern", pattern)
                .setMaxResults(FEW_ACCOUNTS + 1)
                .getResultList();
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
