package org.rollcall.limits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.Role;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.limits.entity.SiteLimits;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.control.ClientInfo;
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

    public SessionTicket admit(Account account, ClientInfo client, String node) {
        SiteLimits limits = siteLock.lock();
        boolean manager = account.getRole() == Role.MANAGER;
        if (!manager) {
            applyPerUserLimit(account, limits);
            applySiteLimit(limits);
        }
        applyProviderCap(limits, manager);
        return registry.open(account, client, node);
    }

    private void applyPerUserLimit(Account account, SiteLimits limits) {
        Optional<Integer> perUser = limits.perUserLimit();
        if (!LimitRules.full(registry.countLiveOf(account), perUser)) {
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

    private void applySiteLimit(SiteLimits limits) {
        Optional<Integer> limit = limits.sessionsLimit();
        if (limit.isEmpty()) {
            return;
        }
        Instant idleSince = clock.instant().minus(limits.danglingThreshold());
        long counted = limits.danglingPolicy() == DanglingPolicy.IGNORE
                ? registry.countLiveActiveSince(idleSince)
                : registry.countLive();
        makeRoom(counted, limit.get(), limits.danglingPolicy() == DanglingPolicy.RECLAIM
                ? registry.longestIdleDangling(idleSince) : Optional.empty());
    }

    /** Every live session counts against the cap; the reclaim policy (or a manager) may free one seat. */
    private void applyProviderCap(SiteLimits limits, boolean manager) {
        Optional<Integer> cap = settings.sessionsLimit();
        if (cap.isEmpty()) {
            return;
        }
        Optional<String> reclaimable = Optional.empty();
        if (manager) {
            reclaimable = registry.longestIdleUserSession();
        } else if (limits.danglingPolicy() == DanglingPolicy.RECLAIM) {
            reclaimable = registry.longestIdleDangling(clock.instant().minus(limits.danglingThreshold()));
        }
        makeRoom(registry.countLive(), cap.get(), reclaimable);
    }

    /**
     * Leaves a seat under {@code limit} when {@code counted} sessions fill it: by ending the reclaimable session
     * if exactly one seat is missing, or by refusing the sign-in.
     */
    private void makeRoom(long counted, int limit, Optional<String> reclaimable) {
        if (!LimitRules.full(counted, Optional.of(limit))) {
            return;
        }
        if (reclaimable.isEmpty() || counted > limit) {
            throw new SignInRefused(SignInRefused.Kind.SITE_FULL, limit);
        }
        registry.end(reclaimable.get(), EndReason.RECLAIMED);
    }
}
