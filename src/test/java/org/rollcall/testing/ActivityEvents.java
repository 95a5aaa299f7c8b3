package org.rollcall.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rollcall.activity.entity.ActivityEvent;
import org.rollcall.activity.entity.ActivityKind;
import org.rollcall.activity.entity.Refusal;
import org.rollcall.sessions.entity.Utc;

/** Test-only access to the activity log: what a browser's actions recorded, and events older than a test can wait. */
@ApplicationScoped
@Transactional
public class ActivityEvents {

    @PersistenceContext
    EntityManager em;

    /** A browser's events, oldest first, as "KIND/REASON" (or "KIND"). */
    public List<String> of(Browser browser) {
        return byUserAgent(browser.userAgent()).stream()
                .map(e -> e.getKind() + (e.getReason() == null ? "" : "/" + e.getReason()))
                .toList();
    }

    public List<ActivityEvent> byUserAgent(String userAgent) {
        return em.createQuery("SELECT e FROM ActivityEvent e WHERE e.userAgent = :ua ORDER BY e.occurredAt, e.id",
                        ActivityEvent.class)
                .setParameter("ua", userAgent)
                .getResultList();
    }

    /** Every event about one session row, oldest first. */
    public List<ActivityEvent> ofSession(String rowId) {
        return em.createQuery("SELECT e FROM ActivityEvent e WHERE e.sessionId = :session ORDER BY e.occurredAt, e.id",
                        ActivityEvent.class)
                .setParameter("session", rowId)
                .getResultList();
    }

    public ActivityEvent find(String id) {
        return em.find(ActivityEvent.class, id);
    }

    /** The newest event of a kind and reason, site-wide. */
    public Optional<ActivityEvent> latest(ActivityKind kind, String reason) {
        return em.createQuery("SELECT e FROM ActivityEvent e WHERE e.kind = :kind AND e.reason = :reason "
                        + "ORDER BY e.occurredAt DESC, e.id DESC", ActivityEvent.class)
                .setParameter("kind", kind)
                .setParameter("reason", reason)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** Records an event as if it had happened at {@code at}. */
    public void recordAt(Instant at, String userAgent) {
        em.persist(ActivityEvent.of(ActivityKind.SIGNED_IN, at).client("192.0.2.1", userAgent).build());
    }

    /** Records a refusal under a typed name (no account) as if it had happened at {@code at}; returns its id. */
    public String refusalAt(Instant at, String typedName) {
        ActivityEvent event = ActivityEvent.of(ActivityKind.SIGN_IN_REFUSED, at)
                .reason(Refusal.WRONG_PASSWORD)
                .account(null, typedName)
                .client("192.0.2.2", "refusal-at/" + typedName)
                .build();
        em.persist(event);
        return event.getId();
    }

    /** Events of a kind (and reason, unless null) from {@code from} (inclusive) to {@code to}, counted one by one. */
    public long count(ActivityKind kind, String reason, Instant from, Instant to) {
        return em.createQuery("SELECT e FROM ActivityEvent e WHERE e.kind = :kind "
                        + "AND e.occurredAt >= :from AND e.occurredAt < :to", ActivityEvent.class)
                .setParameter("kind", kind)
                .setParameter("from", Utc.of(from))
                .setParameter("to", Utc.of(to))
                .getResultStream()
                .filter(e -> reason == null || reason.equals(e.getReason()))
                .count();
    }

    public void deleteByUserAgentPrefix(String prefix) {
        em.createQuery("DELETE FROM ActivityEvent e WHERE e.userAgent LIKE :prefix")
                .setParameter("prefix", prefix + "%")
                .executeUpdate();
    }
}
