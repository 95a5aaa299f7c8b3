package org.rollcall.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;
import org.rollcall.platform.control.FirstRow;
import org.rollcall.platform.control.LikePattern;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.sessions.entity.Utc;

/**
 * Reads live sessions a page at a time, filtered and sorted by the database, so a hundred thousand rows page
 * as fast as a hundred. Expired and ended sessions are never returned.
 */
@ApplicationScoped
@Transactional
public class SessionSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public List<UserSession> find(SessionFilter filter, List<SessionSort> sorts, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserSession> query = cb.createQuery(UserSession.class);
        Root<UserSession> session = query.from(UserSession.class);
        session.fetch("account");
        query.select(session).where(predicates(cb, session, filter)).orderBy(orders(cb, session, sorts));
        return em.createQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(SessionFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<UserSession> session = query.from(UserSession.class);
        query.select(cb.count(session)).where(predicates(cb, session, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** One live session, if it passes the filter: how a table finds its selected rows again. */
    public Optional<UserSession> findLive(String id, SessionFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<UserSession> query = cb.createQuery(UserSession.class);
        Root<UserSession> session = query.from(UserSession.class);
        session.fetch("account");
        List<Predicate> where = new ArrayList<>(List.of(predicates(cb, session, filter)));
        where.add(cb.equal(session.get("id"), id));
        query.select(session).where(where.toArray(Predicate[]::new));
        return FirstRow.of(em.createQuery(query));
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<UserSession> session, SessionFilter filter) {
        Path<Account> account = session.get("account");
        List<Predicate> where = new ArrayList<>();
        where.add(cb.isNull(session.get("endedAt")));
        where.add(cb.greaterThan(session.get("expiresAt"), Utc.of(clock.instant())));
        filter.owner().ifPresent(owner -> where.add(cb.equal(account.get("usernameKey"), Account.keyOf(owner))));
        text(filter.user()).ifPresent(user -> {
            String pattern = LikePattern.contains(user.toLowerCase(Locale.ROOT));
            where.add(cb.or(cb.like(cb.lower(account.get("username")), pattern, LikePattern.ESCAPE),
                    cb.like(cb.lower(account.get("displayName")), pattern, LikePattern.ESCAPE)));
        });
        text(filter.ip()).ifPresent(ip -> where.add(
                cb.like(session.get("ipAddress"), LikePattern.startsWith(ip), LikePattern.ESCAPE)));
        if (filter.danglingOnly()) {
            where.add(cb.lessThanOrEqualTo(session.get("lastActivity"), Utc.of(filter.idleSince())));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> orders(CriteriaBuilder cb, Root<UserSession> session, List<SessionSort> sorts) {
        List<Order> orders = new ArrayList<>();
        for (SessionSort sort : sorts) {
            sort.path().ifPresent(path -> {
                Path<?> attribute = path(session, path);
                orders.add(sort.ascending() ? cb.asc(attribute) : cb.desc(attribute));
            });
        }
        if (orders.isEmpty()) {
            orders.add(cb.desc(session.get("lastActivity")));
        }
        orders.add(cb.asc(session.get("id"))); // a stable order, so pages never overlap or skip
        return orders;
    }

    private static Path<?> path(Root<UserSession> session, String path) {
        return path.startsWith("account.")
                ? session.get("account").get(path.substring("account.".length()))
                : session.get(path);
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
