package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;
import org.rollcall.platform.control.LikePattern;
import org.rollcall.sessions.control.SessionRegistry;

/**
 * Reads accounts a page at a time, filtered and sorted by the database, with each account's live sessions
 * counted by one grouped query over that page only: a page costs the same at 100 accounts as at 10,000
 * (measured: {@code bench/accounts-page.sh}).
 */
@ApplicationScoped
@Transactional
public class AccountSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionRegistry sessions;

    @Inject
    AccountRepository accounts;

    public List<AccountView> find(AccountFilter filter, List<AccountSort> sorts, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Account> query = cb.createQuery(Account.class);
        Root<Account> account = query.from(Account.class);
        query.select(account).where(predicates(cb, account, filter)).orderBy(orders(cb, account, sorts));
        List<Account> page = em.createQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
        Map<Long, Long> live = sessions.countLiveOf(page.stream().map(Account::getId).toList());
        return page.stream().map(a -> AccountView.of(a, live.getOrDefault(a.getId(), 0L))).toList();
    }

    public long count(AccountFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Account> account = query.from(Account.class);
        query.select(cb.count(account)).where(predicates(cb, account, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** One account as the grid shows it, or empty if it no longer exists. */
    public Optional<AccountView> find(String username) {
        return accounts.findByUsername(username).map(a ->
                AccountView.of(a, sessions.countLiveOf(List.of(a.getId())).getOrDefault(a.getId(), 0L)));
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Account> account, AccountFilter filter) {
        List<Predicate> where = new ArrayList<>();
        filter.textToMatch().ifPresent(text -> {
            String pattern = LikePattern.contains(text.toLowerCase(Locale.ROOT));
            where.add(cb.or(cb.like(account.get("usernameKey"), pattern, LikePattern.ESCAPE),
                    cb.like(cb.lower(account.get("displayName")), pattern, LikePattern.ESCAPE)));
        });
        if (filter.role() != null) {
            where.add(cb.equal(account.get("role"), filter.role()));
        }
        if (filter.enabled() != null) {
            where.add(cb.equal(account.get("enabled"), filter.enabled()));
        }
        return where.toArray(Predicate[]::new);
    }

    private static List<Order> orders(CriteriaBuilder cb, Root<Account> account, List<AccountSort> sorts) {
        List<Order> orders = new ArrayList<>();
        for (AccountSort sort : sorts) {
            sort.attribute().ifPresent(attribute -> orders.add(sort.ascending()
                    ? cb.asc(account.get(attribute)) : cb.desc(account.get(attribute))));
        }
        orders.add(cb.asc(account.get("usernameKey"))); // unique: a stable order, so pages never overlap or skip
        return orders;
    }
}
