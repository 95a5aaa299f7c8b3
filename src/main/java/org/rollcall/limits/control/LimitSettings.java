package org.rollcall.limits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.limits.entity.LimitChange;
import org.rollcall.limits.entity.SiteLimits;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.control.SessionRegistry;

/**
 * Reads and changes the site's limit settings. Every change is checked against the provider's cap, made under
 * the site lock (so it can't interleave with a sign-in's count), and recorded setting by setting.
 */
@ApplicationScoped
@Transactional
public class LimitSettings {

    private static final Logger LOG = Logger.getLogger(LimitSettings.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivityLog activity;

    @Inject
    SiteLock siteLock;

    @Inject
    SessionRegistry registry;

    @Inject
    RollcallSettings settings;

    @Inject
    Clock clock;

    @Inject
    RecentUsage recentUsage;

    public SiteLimits current() {
        return siteLock.read();
    }

    public Optional<Integer> providerCap() {
        return settings.sessionsLimit();
    }

    /** Sessions without activity since this instant dangle (unless expired). */
    public Instant danglingSince() {
        return clock.instant().minus(danglingThreshold());
    }

    /** The threshold in force: the manager's choice, else derived from the idle timeout. */
    public Duration danglingThreshold() {
        return danglingThreshold(current());
    }

    /** The threshold in force under {@code limits} as read (or locked) by the caller, without reading them again. */
    public Duration danglingThreshold(SiteLimits limits) {
        return limits.danglingThreshold(settings.idleTimeout());
    }

    /** What the threshold is when no manager has chosen one. */
    public Duration defaultDanglingThreshold() {
        return SiteLimits.defaultDanglingThreshold(settings.idleTimeout());
    }

    /** At most {@link RecentUsage#FRESH_FOR} old. */
    public Usage usage() {
        return recentUsage.get(this::countUsage);
    }

    private Usage countUsage() {
        SiteLimits limits = current();
        long inUse = registry.countLive();
        long active = registry.countLiveActiveSince(clock.instant().minus(danglingThreshold(limits)));
        return new Usage(inUse, LimitRules.effective(providerCap(), limits.sessionsLimit()), inUse - active,
                registry.countLivePeople());
    }

    public List<LimitChange> latestChanges(int count) {
        return em.createNamedQuery(LimitChange.LATEST, LimitChange.class).setMaxResults(count).getResultList();
    }

    public void update(LimitValues values, String changedBy) throws InvalidLimits {
        update(current -> values, changedBy);
    }

    /**
     * Changes the settings to what {@code change} makes of them as they are under the site lock: a change of some
     * settings only (the API's patch) can't write back a stale value of another that changed meanwhile.
     */
    public void update(Function<SiteLimits, LimitValues> change, String changedBy) throws InvalidLimits {
        SiteLimits limits = siteLock.lock();
        LimitValues values = change.apply(limits);
        List<InvalidLimits.Problem> problems = LimitRules.problems(values, providerCap(), settings.lifetime());
        if (!problems.isEmpty()) {
            throw new InvalidLimits(problems);
        }
        Instant now = clock.instant();
        record(now, changedBy, "sessionsLimit", limits.sessionsLimit().orElse(null), values.sessionsLimit());
        record(now, changedBy, "perUserLimit", limits.perUserLimit().orElse(null), values.perUserLimit());
        record(now, changedBy, "perUserMode", limits.perUserMode(), values.perUserMode());
        Long danglingMinutes = limits.chosenDanglingThreshold().map(Duration::toMinutes).orElse(null);
        record(now, changedBy, "danglingMinutes", danglingMinutes, values.danglingMinutes());
        record(now, changedBy, "danglingPolicy", limits.danglingPolicy(), values.danglingPolicy());
        limits.setSessionsLimit(values.sessionsLimit());
        limits.setPerUserLimit(values.perUserLimit());
        limits.setPerUserMode(values.perUserMode());
        limits.setDanglingThreshold(Optional.ofNullable(values.danglingMinutes()).map(Duration::ofMinutes).orElse(null));
        limits.setDanglingPolicy(values.danglingPolicy());
        limits.forgetBound(); // sign-ins may have opened sessions without the lock while no limit was set
        recentUsage.forget();
    }

    private void record(Instant now, String changedBy, String setting, Object oldValue, Object newValue) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        String from = oldValue == null ? null : oldValue.toString();
        String to = newValue == null ? null : newValue.toString();
        em.persist(new LimitChange(now, changedBy, setting, from, to));
        activity.limitChanged(changedBy, setting, from, to, now);
        LOG.log(Level.INFO, "Limit setting {0} changed by {1}: {2} -> {3}", new Object[] {setting, changedBy, from, to});
    }
}
