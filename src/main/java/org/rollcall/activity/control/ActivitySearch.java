package org.rollcall.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.activity.entity.ActivityEvent;
import org.rollcall.sessions.entity.Utc;

/**
 * Reads the activity log a page at a time, newest first, by keyset: a page starts after the last event of the
 * one before (its time and id), so the database ranges over the time index from there and a page deep in a
 * million events costs what the first does. There is no "page 4,000 of 20,000": a log is read newest first and
 * narrowed by its filters, and counting a million rows on every view would cost more than the page.
 * <p>
 * A user filter is an account when the name is one (its own index, so a rare user's events are found without
 * reading everyone's), otherwise the name as typed in refusals.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ActivitySearch {

    @PersistenceContext
    EntityManager em;

    /** The page of {@code size} events after {@code after} (the newest page without it). */
    public ActivityPage page(ActivityFilter filter, Optional<ActivityCursor> after, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        filter.user().ifPresent(name -> {
            Optional<Long> account = AccountIds.of(em, name);
            if (account.isPresent()) {
                conditions.add("e.accountId = :account");
                parameters.put("account", account.get());
            } else {
                conditions.add("e.username = :typed");
                parameters.put("typed", name);
            }
        });
        filter.kind().ifPresent(kind -> {
            conditions.add("e.kind = :kind");
            parameters.put("kind", kind);
        });
        filter.from().ifPresent(from -> {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", Utc.of(from));
        });
        filter.to().ifPresent(to -> {
            conditions.add("e.occurredAt < :to");
            parameters.put("to", Utc.of(to));
        });
        after.ifPresent(last -> {
            // A range on the index's leading column, then the tie-break: a database starts the index there.
            conditions.add("e.occurredAt <= :lastAt AND (e.occurredAt < :lastAt OR e.id < :lastId)");
            parameters.put("lastAt", Utc.of(last.occurredAt()));
            parameters.put("lastId", last.id());
        });
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<ActivityEvent> query = em.createQuery("SELECT e FROM ActivityEvent e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", ActivityEvent.class);
        parameters.forEach(query::setParameter);
        List<ActivityEvent> found = query.setMaxResults(size + 1).getResultList();
        return new ActivityPage(found.subList(0, Math.min(size, found.size())), found.size() > size);
    }
}
