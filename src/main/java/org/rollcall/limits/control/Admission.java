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
 * Managers are always admitted (someone must be able to free seats), but their sessions count like anyone's.
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
        if (account.getRole() != Role.MANAGER) {
            applyPerUserLimit(account, limits);
            applySiteLimit(limits);
        }
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
        Optional<Integer> limit = LimitRules.effective(settings.sessionsLimit(), limits.sessionsLimit());
        if (limit.isEmpty()) {
            return;
        }
        Instant idleSince = clock.instant().minus(limits.danglingThreshold());
        long counted = limits.danglingPolicy() == DanglingPolicy.IGNORE
                ? registry.countLiveActiveSince(idleSince)
                : registry.countLive();
        if (!LimitRules.full(counted, limit)) {
            return;
        }
        Optional<String> reclaimable = limits.danglingPolicy() == DanglingPolicy.RECLAIM
                ? registry.longestIdleDangling(idleSince)
                : Optional.empty();
        if (reclaimable.isEmpty() || counted > limit.get()) {
            throw new SignInRefused(SignInRefused.Kind.SITE_FULL, limit.get());
        }
        registry.end(reclaimable.get(), EndReason.RECLAIMED);
    }
}
