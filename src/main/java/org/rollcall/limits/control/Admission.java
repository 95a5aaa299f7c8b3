package org.rollcall.limits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.Role;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.limits.entity.SiteLimits;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.control.ClientInfo;
import org.rollcall.sessions.control.ExpiredSessionSweeper;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.control.SessionTicket;
import org.rollcall.sessions.entity.EndReason;

/**
 * Decides whether a sign-in gets a seat, and opens its row, in one transaction under the site lock: count and
 * insert can't interleave with another sign-in's, on this node or any other sharing the database.
 * <p>
 * Two limits apply, differently. The <em>site limit</em> is the site's own: its dangling policy may leave idle
 * sessions uncounted, and managers pass it (someone must be able to free seats). The <em>provider's cap</em> is
 * what the site pays for: it counts every live session whatever the site's policy, and nobody passes it; a
 * manager who finds it full takes the seat of the longest-idle user session instead, so the site can always be
 * managed and the cap still holds.
 * <p>
 * Counting the live sessions costs time in proportion to them, and the lock makes every sign-in wait for the one
 * counting. So a sign-in counts only when the bound kept on the locked row ({@link SiteLimits#surelyBelow})
 * can't vouch for a free seat, that is when the site is nearly full; every other one costs two small writes
 * whatever the site's size. Without any site-wide limit a sign-in takes no site lock at all: only the account's
 * row, and only if a per-user limit is set.
 */
@ApplicationScoped
@Transactional
public class Admission {

    @Inject
    SiteLock siteLock;

    @Inject
    SessionRegistry registry;

    @Inject
    RollcallSettings settings;

    @Inject
    Clock clock;

    @Inject
    Event<LiveCounted> liveCounts;

    public SessionTicket admit(Account account, ClientInfo client, String node) {
        boolean manager = account.getRole() == Role.MANAGER;
        if (!siteWideLimit()) {
            return admitAnywhere(account, client, node, manager);
        }
        SiteLimits limits = siteLock.lock();
        if (!manager) {
            applyPerUserLimit(account, limits);
        }
        Optional<Integer> binding = manager ? settings.sessionsLimit()
                : LimitRules.effective(settings.sessionsLimit(), limits.sessionsLimit());
        if (binding.isEmpty() || limits.surelyBelow(binding.get())) {
            limits.admittedOne();
        } else {
            long live = liveAfterMakingRoom(limits, manager) + 1;
            limits.counted(live);
            liveCounts.fire(new LiveCounted(live,
                    LimitRules.effective(settings.sessionsLimit(), limits.sessionsLimit())));
        }
        return registry.open(account, client, node);
    }

    /**
     * Counts now, after every sweep, so the bound follows the sessions that ended or expired since (nothing else
     * lowers it) and sign-ins seldom have to count.
     */
    public void recountAfter(@Observes ExpiredSessionSweeper.Sweep sweep) {
        if (siteWideLimit()) {
            siteLock.lock().counted(registry.countLive());
        }
    }

    /**
     * Where no site-wide limit applies, sign-ins don't wait for each other: a per-user limit is held by the
     * account's own row lock.
     */
    private SessionTicket admitAnywhere(Account account, ClientInfo client, String node, boolean manager) {
        SiteLimits limits = siteLock.read();
        if (!manager && limits.perUserLimit().isPresent()) {
            registry.lockSignInsOf(account);
            applyPerUserLimit(account, limits);
        }
        return registry.open(account, client, node);
    }

    private boolean siteWideLimit() {
        return settings.sessionsLimit().isPresent() || siteLock.siteLimitSet();
    }

    private void applyPerUserLimit(Account account, SiteLimits limits) {
        Optional<Integer> perUser = limits.perUserLimit();
        if (perUser.isEmpty() || !LimitRules.full(registry.countLiveOf(account), perUser)) {
            return;
        }
        if (limits.perUserMode() == PerUserMode.REFUSE) {
            throw new SignInRefused(SignInRefused.Kind.USER_FULL, perUser.get());
        }
        // End longest-idle sessions until one seat is free: more than one if the limit was lowered.
        while (LimitRules.full(registry.countLiveOf(account), perUser)) {
            Optional<String> longestIdle = registry.longestIdleOf(account);
            if (longestIdle.isEmpty()) {
                return;
            }
            registry.end(longestIdle.get(), EndReason.REPLACED);
        }
    }

    /** Counts the live sessions, applies both limits to the count, and says how many stay live before this one. */
    private long liveAfterMakingRoom(SiteLimits limits, boolean manager) {
        long live = registry.countLive();
        if (!manager) {
            live -= applySiteLimit(limits, live);
        }
        return live - applyProviderCap(limits, manager, live);
    }

    /** Says how many sessions it ended to make room (0 or 1). */
    private int applySiteLimit(SiteLimits limits, long live) {
        Optional<Integer> limit = limits.sessionsLimit();
        if (limit.isEmpty()) {
            return 0;
        }
        Instant idleSince = clock.instant().minus(limits.danglingThreshold(settings.idleTimeout()));
        long counted = limits.danglingPolicy() == DanglingPolicy.IGNORE
                ? registry.countLiveActiveSince(idleSince)
                : live;
        return makeRoom(counted, limit.get(), limits.danglingPolicy() == DanglingPolicy.RECLAIM
                ? registry.longestIdleDangling(idleSince) : Optional.empty());
    }

    /**
     * Every live session counts against the cap; the reclaim policy (or a manager) may free one seat. Says how
     * many sessions it ended (0 or 1).
     */
    private int applyProviderCap(SiteLimits limits, boolean manager, long live) {
        Optional<Integer> cap = settings.sessionsLimit();
        if (cap.isEmpty()) {
            return 0;
        }
        Optional<String> reclaimable = Optional.empty();
        if (manager) {
            reclaimable = registry.longestIdleUserSession();
        } else if (limits.danglingPolicy() == DanglingPolicy.RECLAIM) {
            Duration threshold = limits.danglingThreshold(settings.idleTimeout());
            reclaimable = registry.longestIdleDangling(clock.instant().minus(threshold));
        }
        return makeRoom(live, cap.get(), reclaimable);
    }

    /**
     * Leaves a seat under {@code limit} when {@code counted} sessions fill it: by ending the reclaimable session
     * if exactly one seat is missing (returning 1), or by refusing the sign-in.
     */
    private int makeRoom(long counted, int limit, Optional<String> reclaimable) {
        if (!LimitRules.full(counted, Optional.of(limit))) {
            return 0;
        }
        if (reclaimable.isEmpty() || counted > limit) {
            throw new SignInRefused(SignInRefused.Kind.SITE_FULL, limit);
        }
        // Live when counted, so one fewer now, whether this call ended it or someone else just did.
        registry.end(reclaimable.get(), EndReason.RECLAIMED);
        return 1;
    }
}
