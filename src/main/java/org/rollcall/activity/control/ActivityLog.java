package org.rollcall.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.rollcall.accounts.entity.AccountChange;
import org.rollcall.activity.entity.ActivityEvent;
import org.rollcall.activity.entity.ActivityKind;
import org.rollcall.activity.entity.Refusal;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.sessions.entity.Utc;

/**
 * Writes the activity log. A session's events join the transaction that opens or ends the row, and a change's
 * the one that changes a limit or an account ({@code MANDATORY}: there is always one), so an event commits exactly
 * when what it records does, and a sign-in rolled back leaves neither row nor event. A refusal has nothing of its
 * own to join (the refused sign-in wrote nothing, or rolled back what it began), so it is a transaction of its own.
 */
@ApplicationScoped
public class ActivityLog {

    /** A limit change is logged as "from -> to", with this word for a limit that isn't set. */
    public static final String CHANGE_ARROW = " -> ";
    public static final String NO_VALUE = "none";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<SignInRecorded> signIns;

    @Transactional(TxType.MANDATORY)
    public void signedIn(UserSession row) {
        em.persist(aboutRow(ActivityKind.SIGNED_IN, row, row.getLoginAt()).build());
        signIns.fire(SignInRecorded.admitted());
    }

    /** A row this transaction ended; {@code actor} is who ended it when not its owner (a manager), else null. */
    @Transactional(TxType.MANDATORY)
    public void ended(UserSession row, EndReason reason, String actor, Instant at) {
        em.persist(aboutRow(ActivityKind.SESSION_ENDED, row, at).reason(reason).actor(actor).build());
    }

    /** A limit setting a manager changed, in the transaction that changed it. */
    @Transactional(TxType.MANDATORY)
    public void limitChanged(String manager, String setting, String from, String to, Instant at) {
        em.persist(ActivityEvent.of(ActivityKind.LIMITS_CHANGED, at)
                .reason(setting)
                .actor(manager)
                .detail(none(from) + CHANGE_ARROW + none(to))
                .build());
    }

    /** A change to an account (made, disabled, password reset, role...), in the transaction that made it. */
    @Transactional(TxType.MANDATORY)
    public void accountChanged(AccountChange change) {
        em.persist(ActivityEvent.of(ActivityKind.ACCOUNT_CHANGED, change.getChangedAt())
                .reason(change.getAction())
                .account(accountIdOf(change.getUsername()), change.getUsername())
                .actor(change.getChangedBy())
                .detail(change.getDetail())
                .build());
    }

    /**
     * A refused sign-in, under the name as typed (and its account, if one has that name). Nothing typed into the
     * password field is passed here.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void refused(String typedUsername, Refusal why, String ipAddress, String userAgent, String node) {
        String typed = typedUsername == null ? "" : typedUsername.strip();
        em.persist(ActivityEvent.of(ActivityKind.SIGN_IN_REFUSED, clock.instant())
                .reason(why)
                .account(accountIdOf(typed), typed)
                .client(ipAddress, userAgent)
                .node(node)
                .build());
        signIns.fire(SignInRecorded.refused(why));
    }

    /** The latest sign-ins and refused sign-ins for an account, newest first: what its owner is shown. */
    @Transactional(TxType.SUPPORTS)
    public List<ActivityEvent> recentSignInsOf(long accountId, int max) {
        return em.createNamedQuery(ActivityEvent.RECENT_OF_ACCOUNT, ActivityEvent.class)
                .setParameter("account", accountId)
                .setParameter("kinds", List.of(ActivityKind.SIGNED_IN, ActivityKind.SIGN_IN_REFUSED))
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Sign-ins, refusals and sessions ended to make room from {@code from} (inclusive) to {@code to}: a range of the
     * time index, grouped in the database, so an hour of a busy site costs one short read and no rows in memory.
     */
    @Transactional(TxType.SUPPORTS)
    public SignInTally tally(Instant from, Instant to) {
        List<Object[]> groups = em.createNamedQuery(ActivityEvent.TALLY_BETWEEN, Object[].class)
                .setParameter("from", Utc.of(from))
                .setParameter("to", Utc.of(to))
                .setParameter("kinds", List.of(ActivityKind.SIGNED_IN, ActivityKind.SIGN_IN_REFUSED))
                .setParameter("ended", ActivityKind.SESSION_ENDED)
                .setParameter("reclaimed", EndReason.RECLAIMED.name())
                .getResultList();
        long signIns = 0;
        long refusals = 0;
        long full = 0;
        long reclaims = 0;
        for (Object[] group : groups) {
            long count = ((Number) group[2]).longValue();
            if (group[0] == ActivityKind.SIGNED_IN) {
                signIns += count;
            } else if (group[0] == ActivityKind.SESSION_ENDED) {
                reclaims += count;
            } else {
                refusals += count;
                full += Refusal.SITE_FULL.name().equals(group[1]) ? count : 0;
            }
        }
        return new SignInTally(signIns, refusals, full, reclaims);
    }

    /**
     * Deletes up to {@code batchSize} events older than {@code before}, in a transaction of its own, so forgetting
     * a busy site's old events never holds locks for long.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int forgetBatch(Instant before, int batchSize) {
        List<String> ids = em.createNamedQuery(ActivityEvent.OLD_IDS, String.class)
                .setParameter("before", Utc.of(before))
                .setMaxResults(batchSize)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(ActivityEvent.DELETE_BY_IDS).setParameter("ids", ids).executeUpdate();
    }

    /** The id of the account with this name, if there is one (an event outlives it, so it is a copy). */
    private Long accountIdOf(String username) {
        return AccountIds.of(em, username).orElse(null);
    }

    private static String none(String value) {
        return value == null ? NO_VALUE : value;
    }

    private static ActivityEvent.Builder aboutRow(ActivityKind kind, UserSession row, Instant at) {
        return ActivityEvent.of(kind, at)
                .account(row.getAccount().getId(), row.getUsername())
                .client(row.getIpAddress(), row.getUserAgent())
                .node(row.getNode())
                .session(row.getId());
    }
}
