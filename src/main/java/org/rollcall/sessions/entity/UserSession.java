package org.rollcall.sessions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.rollcall.accounts.entity.Account;

/**
 * One sign-in of one account in one browser or device.
 * <p>
 * The id is a random UUID made when the row is: it names the row in pages and in the HTTP session, and is
 * worth nothing to an attacker (it is not the session id). {@code expiresAt} is written together with
 * {@code lastActivity}, so "live" is {@code endedAt IS NULL AND expiresAt > now}, an indexed range.
 * Bulk updates raise {@code version} themselves, so it counts every write to the row.
 */
@Entity
@Table(name = "user_session", indexes = {
    // Leads with expires_at for the live range and the sweep; carries the other columns the counts read, so
    // counting live and active sessions reads only the index (measured: bench/grid-paging.sh).
    @Index(name = "ix_user_session_live", columnList = "expires_at, ended_at, last_activity, account_id, id"),
    // Each database's migrations (db/migration) add indexes matching the grid's sorts besides these.
    @Index(name = "ix_user_session_account", columnList = "account_id"),
    // Derby's migrations replace it with the grid's node indexes, which lead with node too.
    @Index(name = "ix_user_session_node", columnList = "node")})
@NamedQuery(name = UserSession.STATE, query = "SELECT NEW org.rollcall.sessions.entity.SessionState("
        + "s.loginAt, s.lastActivity, s.expiresAt, s.endedAt, s.endReason, a.username, a.role, a.enabled, "
        + "a.passwordChangeRequired) "
        + "FROM UserSession s JOIN s.account a WHERE s.id = :id")
@NamedQuery(name = UserSession.END, query = "UPDATE UserSession s SET s.endedAt = :now, s.endReason = :reason, "
        + "s.version = s.version + 1 WHERE s.id = :id AND s.endedAt IS NULL")
@NamedQuery(name = UserSession.OPEN_IDS_OF_NODE, query = "SELECT s.id FROM UserSession s "
        + "WHERE s.node = :node AND s.endedAt IS NULL")
// Counts a column the index over open rows carries (expires_at is never null), so a database can count from
// that index alone instead of reading the table.
@NamedQuery(name = UserSession.COUNT_LIVE, query = "SELECT COUNT(s.expiresAt) FROM UserSession s "
        + "WHERE s.endedAt IS NULL AND s.expiresAt > :now")
@NamedQuery(name = UserSession.COUNT_LIVE_ACTIVE, query = "SELECT COUNT(s) FROM UserSession s "
        + "WHERE s.endedAt IS NULL AND s.expiresAt > :now AND s.lastActivity > :idleSince")
// One account's rows: expiry through COALESCE, which no index ranges over, so a planner that can't tell one account
// from another (Derby, with a parameter) reads that account's index entries instead of every live row by expiry
// (measured in ij at 100,000 live rows: 681 ms -> 2 ms).
@NamedQuery(name = UserSession.COUNT_LIVE_OF_ACCOUNT, query = "SELECT COUNT(s) FROM UserSession s "
        + "WHERE s.endedAt IS NULL AND COALESCE(s.expiresAt, s.expiresAt) > :now AND s.account = :account")
@NamedQuery(name = UserSession.LONGEST_IDLE_DANGLING, query = "SELECT s.id FROM UserSession s "
        + "WHERE s.endedAt IS NULL AND s.expiresAt > :now AND s.lastActivity <= :idleSince "
        + "ORDER BY s.lastActivity, s.id")
@NamedQuery(name = UserSession.LONGEST_IDLE_OF_ACCOUNT, query = "SELECT s.id FROM UserSession s "
        + "WHERE s.endedAt IS NULL AND COALESCE(s.expiresAt, s.expiresAt) > :now AND s.account = :account "
        + "ORDER BY s.lastActivity, s.id")
@NamedQuery(name = UserSession.LONGEST_IDLE_OF_ROLE, query = "SELECT s.id FROM UserSession s "
        + "WHERE s.endedAt IS NULL AND s.expiresAt > :now AND s.account.role = :role ORDER BY s.lastActivity, s.id")
@NamedQuery(name = UserSession.OPEN_IDS_OF_ACCOUNT, query = "SELECT s.id FROM UserSession s "
        + "WHERE s.account = :account AND s.id <> :keep AND s.endedAt IS NULL")
@NamedQuery(name = UserSession.END_OWN, query = "UPDATE UserSession s SET s.endedAt = :now, "
        + "s.endReason = :reason, s.version = s.version + 1 "
        + "WHERE s.id = :id AND s.account = :account AND s.id <> :keep AND s.endedAt IS NULL")
// Who has a live session, from the live rows' index (which carries the account): as dear as counting the live
// sessions, whatever the number of accounts. Probing every account for a live row instead took 1.1 s on Derby with
// 20,000 accounts of 5 live sessions each (bench/run.sh P3's usage line), and grows with accounts nobody uses.
@NamedQuery(name = UserSession.COUNT_LIVE_PEOPLE, query = "SELECT COUNT(DISTINCT s.account.id) FROM UserSession s "
        + "WHERE s.endedAt IS NULL AND s.expiresAt > :now")
@NamedQuery(name = UserSession.COUNT_LIVE_BY_ACCOUNT, query = "SELECT s.account.id, COUNT(s) FROM UserSession s "
        + "WHERE s.account.id IN :accounts AND s.endedAt IS NULL AND s.expiresAt > :now GROUP BY s.account.id")
@NamedQuery(name = UserSession.WITH_ACCOUNT, query = "SELECT s FROM UserSession s JOIN FETCH s.account "
        + "WHERE s.id IN :ids")
@NamedQuery(name = UserSession.EXPIRED_IDS, query = "SELECT s.id FROM UserSession s WHERE s.expiresAt <= :now")
@NamedQuery(name = UserSession.DELETE_BY_IDS, query = "DELETE FROM UserSession s WHERE s.id IN :ids")
@NamedQuery(name = UserSession.DELETE_ALL_OF_ACCOUNT, query = "DELETE FROM UserSession s "
        + "WHERE s.account = :account")
public class UserSession {

    public static final String STATE = "UserSession.state";
    public static final String END = "UserSession.end";
    public static final String OPEN_IDS_OF_NODE = "UserSession.openIdsOfNode";
    public static final String COUNT_LIVE = "UserSession.countLive";
    public static final String COUNT_LIVE_BY_ACCOUNT = "UserSession.countLiveByAccount";
    public static final String COUNT_LIVE_ACTIVE = "UserSession.countLiveActive";
    public static final String COUNT_LIVE_OF_ACCOUNT = "UserSession.countLiveOfAccount";
    public static final String LONGEST_IDLE_DANGLING = "UserSession.longestIdleDangling";
    public static final String LONGEST_IDLE_OF_ACCOUNT = "UserSession.longestIdleOfAccount";
    public static final String LONGEST_IDLE_OF_ROLE = "UserSession.longestIdleOfRole";
    public static final String OPEN_IDS_OF_ACCOUNT = "UserSession.openIdsOfAccount";
    public static final String END_OWN = "UserSession.endOwn";
    public static final String COUNT_LIVE_PEOPLE = "UserSession.countLivePeople";
    public static final String WITH_ACCOUNT = "UserSession.withAccount";
    public static final String EXPIRED_IDS = "UserSession.expiredIds";
    public static final String DELETE_BY_IDS = "UserSession.deleteByIds";
    public static final String DELETE_ALL_OF_ACCOUNT = "UserSession.deleteAllOfAccount";

    public static final int USER_AGENT_LENGTH = 512;
    public static final int IP_LENGTH = 45;
    public static final int NODE_LENGTH = 128;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    /** The account's username at sign-in, which never changes: kept here so the grid sorts by it from an index. */
    @Column(name = "username", nullable = false, length = Account.USERNAME_LENGTH)
    private String username;

    @Column(name = "login_at", nullable = false)
    private LocalDateTime loginAt;

    @Column(name = "last_activity", nullable = false)
    private LocalDateTime lastActivity;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 32)
    private EndReason endReason;

    @Column(name = "ip_address", length = IP_LENGTH)
    private String ipAddress;

    @Column(name = "user_agent", length = USER_AGENT_LENGTH)
    private String userAgent;

    @Column(name = "node", nullable = false, length = NODE_LENGTH)
    private String node;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserSession() {
        // for JPA
    }

    public UserSession(Account account, Instant loginAt, Instant expiresAt, String ipAddress, String userAgent,
            String node) {
        this.id = UUID.randomUUID().toString();
        this.account = Objects.requireNonNull(account, "an account is required");
        this.username = account.getUsername();
        this.loginAt = Utc.of(Objects.requireNonNull(loginAt, "a login time is required"));
        this.lastActivity = this.loginAt;
        this.expiresAt = Utc.of(Objects.requireNonNull(expiresAt, "an expiry is required"));
        this.ipAddress = ipAddress;
        this.userAgent = userAgent;
        this.node = Objects.requireNonNull(node, "a node is required");
    }

    /** Records activity; the caller holds the row lock and has checked the activity slot has passed. */
    public void touch(Instant now, Instant newExpiry) {
        lastActivity = Utc.of(now);
        expiresAt = Utc.of(newExpiry);
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public String getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getUsername() {
        return username;
    }

    public Instant getLoginAt() {
        return Utc.toInstant(loginAt);
    }

    public Instant getLastActivity() {
        return Utc.toInstant(lastActivity);
    }

    public Instant getExpiresAt() {
        return Utc.toInstant(expiresAt);
    }

    public Instant getEndedAt() {
        return Utc.toInstant(endedAt);
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getNode() {
        return node;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UserSession session && id.equals(session.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
