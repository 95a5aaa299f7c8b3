package org.rollcall.sessions.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.Role;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.platform.control.FirstRow;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.SessionState;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.sessions.entity.Utc;

/**
 * The session rows: opened at sign-in, read on every request ({@link CheckIns}), touched once per activity slot,
 * ended by whoever ends them.
 * <p>
 * Every end is a conditional update of one row ({@code ... AND endedAt IS NULL}), so two nodes ending the same
 * row at once can't undo each other and exactly one of them records the end in the activity log; a touch writes
 * at most once per activity slot however many requests race for it.
 */
@ApplicationScoped
@Transactional
public class SessionRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RollcallSettings settings;

    @Inject
    ActivityLog activity;

    /** A row id no row has (ids are UUIDs), for "keep no row". */
    private static final String NO_ROW = "-";

    private ActivityPolicy policy;

    @PostConstruct
    void readPolicy() {
        policy = ActivityPolicy.of(settings);
    }

    public SessionTicket open(Account account, ClientInfo client, String node) {
        Instant now = clock.instant();
        UserSession row = new UserSession(em.getReference(Account.class, account.getId()), now,
                policy.expiresAt(now, now), client.ipAddress(), client.userAgent(), node);
        em.persist(row);
        activity.signedIn(row);
        // In the same transaction: an account's last sign-in is the newest row it ever opened.
        em.createNamedQuery(Account.RECORD_SIGN_IN).setParameter("at", Utc.of(now))
                .setParameter("id", account.getId()).executeUpdate();
        return new SessionTicket(row.getId(), account.getId());
    }

    /**
     * Makes the account's sign-ins wait for each other until this transaction ends (a lock on its row), so a
     * per-user limit holds where no site-wide lock orders them.
     */
    public void lockSignInsOf(Account account) {
        em.find(Account.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Writes last activity under a row lock, checking again once it holds it: of several requests that saw the
     * slot pass, only the first writes, on any database (whether a conditional update re-checks its condition
     * after a lock wait differs between databases). This costs a locked read once per slot, never per request.
     */
    public void touch(String rowId) {
        Instant now = clock.instant();
        UserSession row = em.find(UserSession.class, rowId, LockModeType.PESSIMISTIC_WRITE);
        if (row != null && !row.isEnded() && policy.touchDue(row.getLastActivity(), now)) {
            row.touch(now, policy.expiresAt(row.getLoginAt(), now));
        }
    }

    /** Ends the row unless it already ended; says whether this call ended it. */
    public boolean end(String rowId, EndReason reason) {
        return end(rowId, reason, null);
    }

    /**
     * Ends the row unless it already ended, and records it, with who ended it when not its owner ({@code actor},
     * a manager; else null). Of several transactions racing to end one row exactly one updates it, so a session's
     * end is recorded exactly once.
     */
    public boolean end(String rowId, EndReason reason, String actor) {
        Instant now = clock.instant();
        boolean ended = em.createNamedQuery(UserSession.END)
                .setParameter("now", Utc.of(now))
                .setParameter("reason", reason)
                .setParameter("id", rowId)
                .executeUpdate() == 1;
        if (ended) {
            recordEnd(rowId, reason, actor, now);
        }
        return ended;
    }

    /** Ends each row that is still open, one conditional update each; says how many it ended. */
    public int endEach(Collection<String> rowIds, EndReason reason, String actor) {
        int ended = 0;
        for (String rowId : rowIds) {
            if (end(rowId, reason, actor)) {
                ended++;
            }
        }
        return ended;
    }

    /** A user signs out one of their other sessions; false if it isn't theirs, is {@code keep}, or already ended. */
    public boolean endOwn(String rowId, Account owner, String keep) {
        Instant now = clock.instant();
        boolean ended = em.createNamedQuery(UserSession.END_OWN)
                .setParameter("now", Utc.of(now))
                .setParameter("reason", EndReason.ENDED_BY_OWNER)
                .setParameter("id", rowId)
                .setParameter("account", owner)
                .setParameter("keep", keep == null ? NO_ROW : keep)
                .executeUpdate() == 1;
        if (ended) {
            recordEnd(rowId, EndReason.ENDED_BY_OWNER, null, now);
        }
        return ended;
    }

    private void recordEnd(String rowId, EndReason reason, String actor, Instant at) {
        UserSession row = em.find(UserSession.class, rowId);
        if (row != null) {
            activity.ended(row, reason, actor, at);
        }
    }

    /** Ends the rows a node left open when it last stopped: their HTTP sessions died with it. */
    public int endLeftoversOf(String node) {
        return endEach(em.createNamedQuery(UserSession.OPEN_IDS_OF_NODE, String.class)
                .setParameter("node", node)
                .getResultList(), EndReason.SERVER_RESTARTED, null);
    }

    /** Live sessions: not ended, not expired. */
    public long countLive() {
        return em.createNamedQuery(UserSession.COUNT_LIVE, Long.class)
                .setParameter("now", Utc.of(clock.instant()))
                .getSingleResult();
    }

    /** How many different people have a live session. */
    public long countLivePeople() {
        return em.createNamedQuery(UserSession.COUNT_LIVE_PEOPLE, Long.class)
                .setParameter("now", Utc.of(clock.instant()))
                .getSingleResult();
    }

    /** Live sessions with activity after {@code idleSince}: the ones that are not dangling. */
    public long countLiveActiveSince(Instant idleSince) {
        return em.createNamedQuery(UserSession.COUNT_LIVE_ACTIVE, Long.class)
                .setParameter("now", Utc.of(clock.instant()))
                .setParameter("idleSince", Utc.of(idleSince))
                .getSingleResult();
    }

    public long countLiveOf(Account account) {
        return em.createNamedQuery(UserSession.COUNT_LIVE_OF_ACCOUNT, Long.class)
                .setParameter("now", Utc.of(clock.instant()))
                .setParameter("account", account)
                .getSingleResult();
    }

    /** Live sessions per account, for the given accounts (one grouped query, whatever the page size). */
    public Map<Long, Long> countLiveOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        List<?> rows = em.createNamedQuery(UserSession.COUNT_LIVE_BY_ACCOUNT)
                .setParameter("now", Utc.of(clock.instant()))
                .setParameter("accounts", List.copyOf(accountIds))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return counts;
    }

    /**
     * Ends every live session of an account at once (disabled, password reset), so they stop counting against the
     * limits now and each browser is told why at its next click.
     */
    public int endAllOf(Account account, EndReason reason) {
        return endAllOf(account, reason, NO_ROW);
    }

    /** Ends every live session of an account but {@code keepRowId}. */
    public int endAllOf(Account account, EndReason reason, String keepRowId) {
        return endAllOf(account, reason, keepRowId, null);
    }

    /** Ends every live session of an account but {@code keepRowId}, on behalf of {@code actor} (see {@link #end}). */
    public int endAllOf(Account account, EndReason reason, String keepRowId, String actor) {
        return endEach(em.createNamedQuery(UserSession.OPEN_IDS_OF_ACCOUNT, String.class)
                .setParameter("account", account)
                .setParameter("keep", keepRowId == null ? NO_ROW : keepRowId)
                .getResultList(), reason, actor);
    }

    /** The live session idle the longest, provided it has been idle since {@code idleSince} (it dangles). */
    public Optional<String> longestIdleDangling(Instant idleSince) {
        return FirstRow.of(em.createNamedQuery(UserSession.LONGEST_IDLE_DANGLING, String.class)
                .setParameter("now", Utc.of(clock.instant()))
                .setParameter("idleSince", Utc.of(idleSince))
                .setMaxResults(1));
    }

    /** The live session of a user who is not a manager that has been idle the longest, dangling or not. */
    public Optional<String> longestIdleUserSession() {
        return FirstRow.of(em.createNamedQuery(UserSession.LONGEST_IDLE_OF_ROLE, String.class)
                .setParameter("now", Utc.of(clock.instant()))
                .setParameter("role", Role.USER)
                .setMaxResults(1));
    }

    @Transactional(TxType.SUPPORTS)
    public boolean accountExists(long accountId) {
        return em.find(Account.class, accountId) != null;
    }

    public Optional<String> longestIdleOf(Account account) {
        return FirstRow.of(em.createNamedQuery(UserSession.LONGEST_IDLE_OF_ACCOUNT, String.class)
                .setParameter("now", Utc.of(clock.instant()))
                .setParameter("account", account)
                .setMaxResults(1));
    }

    /** Read outside any transaction when called outside one: a single statement, see {@link CheckIns}. */
    @Transactional(TxType.SUPPORTS)
    public Optional<SessionState> state(String rowId) {
        return FirstRow.of(em.createNamedQuery(UserSession.STATE, SessionState.class)
                .setParameter("id", rowId));
    }

    /**
     * Deletes up to {@code batchSize} rows that expired before {@code now}, in a transaction of its own, so the
     * sweeper holds no lock for long.
     */
    public int deleteExpiredBatch(Instant now, int batchSize) {
        List<String> ids = em.createNamedQuery(UserSession.EXPIRED_IDS, String.class)
                .setParameter("now", Utc.of(now))
                .setMaxResults(batchSize)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(UserSession.DELETE_BY_IDS).setParameter("ids", ids).executeUpdate();
    }

    public void deleteAllOf(Account account) {
        em.createNamedQuery(UserSession.DELETE_ALL_OF_ACCOUNT).setParameter("account", account).executeUpdate();
    }
}
