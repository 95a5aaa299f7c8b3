package org.rollcall.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.rollcall.accounts.entity.Account;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.sessions.entity.Utc;

/**
 * Test-only access to the session rows, to see what a browser's actions wrote and to make rows older than a
 * test can wait for. Only in test deployments.
 */
@ApplicationScoped
@Transactional
public class SessionRows {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/rollcall")
    DataSource dataSource;

    public List<UserSession> byUserAgent(String userAgent) {
        return em.createQuery("SELECT s FROM UserSession s JOIN FETCH s.account WHERE s.userAgent = :ua "
                + "ORDER BY s.loginAt", UserSession.class)
                .setParameter("ua", userAgent)
                .getResultList();
    }

    /** The one row a browser's sign-in made; fails when there is not exactly one. */
    public UserSession onlyRowOf(Browser browser) {
        List<UserSession> rows = byUserAgent(browser.userAgent());
        if (rows.size() != 1) {
            throw new AssertionError("expected one row for " + browser.userAgent() + " but found " + rows.size());
        }
        return rows.get(0);
    }

    public Optional<UserSession> find(String id) {
        em.getEntityManagerFactory().getCache().evictAll();
        return Optional.ofNullable(em.find(UserSession.class, id)).map(row -> {
            em.refresh(row);
            return row;
        });
    }

    public List<UserSession> all() {
        return em.createQuery("SELECT s FROM UserSession s", UserSession.class).getResultList();
    }

    /**
     * Ends a row the way another node would: in the database only. Native SQL, like the other writes here, so
     * the row's version counts only what Rollcall itself wrote (EclipseLink raises it on JPQL bulk updates).
     */
    public void end(String id, EndReason reason) {
        em.createNativeQuery("UPDATE user_session SET ended_at = ?, end_reason = ? WHERE id = ?")
                .setParameter(1, timestamp(Instant.now()))
                .setParameter(2, reason.name())
                .setParameter(3, id)
                .executeUpdate();
    }

    /** Ends {@code count} of the live rows whose user agent starts with {@code prefix}, as their sign-outs would. */
    public void endByUserAgentPrefix(String prefix, int count) {
        List<String> ids = em.createQuery("SELECT s.id FROM UserSession s WHERE s.userAgent LIKE :prefix "
                + "AND s.endedAt IS NULL ORDER BY s.id", String.class)
                .setParameter("prefix", prefix + "%")
                .setMaxResults(count)
                .getResultList();
        if (ids.size() != count) {
            throw new IllegalStateException("only " + ids.size() + " live rows start with " + prefix);
        }
        ids.forEach(id -> end(id, EndReason.SIGNED_OUT));
    }

    public int deleteByUserAgent(String userAgent) {
        return em.createNativeQuery("DELETE FROM user_session WHERE user_agent = ?").setParameter(1, userAgent)
                .executeUpdate();
    }

    /** Moves a row's times back, as if it had been idle (and signed in) that much longer. */
    public void age(String id, Duration idle, Duration signedIn) {
        Instant now = Instant.now();
        em.createNativeQuery("UPDATE user_session SET last_activity = ?, login_at = ? WHERE id = ?")
                .setParameter(1, timestamp(now.minus(idle)))
                .setParameter(2, timestamp(now.minus(signedIn)))
                .setParameter(3, id)
                .executeUpdate();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(Utc.of(instant));
    }

    public Account account(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("key", Account.keyOf(username))
                .getSingleResult();
    }

    /** Inserts rows straight into the table, for volume tests (the limits' bound forgotten, so they count). */
    public void insert(String username, int count, Instant loginAt, Instant expiresAt, String userAgent) {
        insert(username, count, loginAt, Duration.ZERO, expiresAt, "192.0.2.1", userAgent);
    }

    /**
     * Inserts {@code count} rows whose sign-in (and last activity) steps back by {@code step} from row to row,
     * so sorting by time has one right answer. Returns nothing: find them by their user agent.
     */
    public void insert(String username, int count, Instant newest, Duration step, Instant expiresAt, String ip,
            String userAgent) {
        Account account = account(username);
        for (int i = 0; i < count; i++) {
            Instant loginAt = newest.minus(step.multipliedBy(i));
            em.persist(new UserSession(account, loginAt, expiresAt, ip, userAgent, "it-node"));
            if (i % 500 == 499) {
                em.flush();
                em.clear();
                account = em.merge(account);
            }
        }
        // Rows no sign-in admitted: the next sign-in must count them, as after a node start.
        em.createNativeQuery("UPDATE site_limits SET live_bound = NULL").executeUpdate();
    }

    /**
     * Inserts {@code count} live rows with JDBC batches, for tests that need a big site (JPA persists each row
     * on its own: minutes for a hundred thousand on Derby). Same columns as a signed-in row; sign-ins a second
     * apart, newest first.
     */
    public void insertMany(String username, int count, Instant newest, Instant expiresAt, String userAgent)
            throws SQLException {
        Account account = account(username);
        // The server's pooled connection, enlisted in this transaction: every server hands it out, where only
        // EclipseLink unwraps one from an EntityManager (Hibernate on WildFly won't).
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO user_session (id, account_id, "
                + "username, login_at, last_activity, expires_at, ip_address, user_agent, node, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, '192.0.2.1', ?, 'it-node', 1)")) {
            for (int i = 0; i < count; i++) {
                Timestamp loginAt = timestamp(newest.minusSeconds(i));
                insert.setString(1, UUID.randomUUID().toString());
                insert.setLong(2, account.getId());
                insert.setString(3, account.getUsername());
                insert.setTimestamp(4, loginAt);
                insert.setTimestamp(5, loginAt);
                insert.setTimestamp(6, timestamp(expiresAt));
                insert.setString(7, userAgent);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        em.createNativeQuery("UPDATE site_limits SET live_bound = NULL").executeUpdate();
    }

    public long countByUserAgent(String userAgent) {
        return em.createQuery("SELECT COUNT(s) FROM UserSession s WHERE s.userAgent = :ua", Long.class)
                .setParameter("ua", userAgent)
                .getSingleResult();
    }
}
