package org.rollcall.limits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's own limit settings, in the database so that a change reaches every node at its next sign-in.
 * <p>
 * There is one row, and every sign-in locks it while it counts and inserts: that is what makes "a limit of 10
 * admits 10" hold under concurrent sign-ins on one node or many.
 */
@Entity
@Table(name = "site_limits")
@NamedQuery(name = SiteLimits.SESSIONS_LIMIT, query = "SELECT s.sessionsLimit FROM SiteLimits s WHERE s.site = :site")
public class SiteLimits {

    public static final String SESSIONS_LIMIT = "SiteLimits.sessionsLimit";

    /** The natural key of the one row. */
    public static final String SITE = "site";

    @Id
    @Column(name = "site", length = 16)
    private String site = SITE;

    /** The site's own limit; none means the provider's cap (if any) alone applies. */
    @Column(name = "sessions_limit")
    private Integer sessionsLimit;

    @Column(name = "per_user_limit")
    private Integer perUserLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "per_user_mode", nullable = false, length = 32)
    private PerUserMode perUserMode = PerUserMode.REFUSE;

    /** None until a manager sets it: the threshold follows the idle timeout ({@link #defaultDanglingThreshold}). */
    @Column(name = "dangling_minutes")
    private Long danglingMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "dangling_policy", nullable = false, length = 16)
    private DanglingPolicy danglingPolicy = DanglingPolicy.COUNT;

    /**
     * At least as many as the live sessions, kept by the sign-ins that hold the lock: one more per sign-in
     * admitted, the exact figure whenever one is counted. Sessions end and expire without taking the lock, so
     * nothing lowers it between counts: it only ever overestimates, and a sign-in that finds it below the limit
     * has a seat without counting. Null when unknown (a node started, the limits changed): the next sign-in
     * counts.
     */
    @Column(name = "live_bound")
    private Long liveBound;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Optional<Integer> sessionsLimit() {
        return Optional.ofNullable(sessionsLimit);
    }

    public Optional<Integer> perUserLimit() {
        return Optional.ofNullable(perUserLimit);
    }

    public PerUserMode perUserMode() {
        return perUserMode;
    }

    /** The threshold a manager chose; empty when it follows the idle timeout. */
    public Optional<Duration> chosenDanglingThreshold() {
        return Optional.ofNullable(danglingMinutes).map(Duration::ofMinutes);
    }

    /** The threshold in force for sessions that expire after {@code idleTimeout} without activity. */
    public Duration danglingThreshold(Duration idleTimeout) {
        return chosenDanglingThreshold().orElseGet(() -> defaultDanglingThreshold(idleTimeout));
    }

    /**
     * Half the idle timeout in whole minutes, at least one: a session can only dangle if the threshold is shorter
     * than the idle timeout, and half of it (15 minutes of the default 30) is a coffee break, not a lunch. A fixed
     * default would contradict some timeout: an hour never dangles when sessions expire after 30 minutes, and
     * flags every short pause when they live for days.
     */
    public static Duration defaultDanglingThreshold(Duration idleTimeout) {
        return Duration.ofMinutes(Math.max(1, idleTimeout.toMinutes() / 2));
    }

    public DanglingPolicy danglingPolicy() {
        return danglingPolicy;
    }

    /** Whether fewer than {@code limit} sessions are live for certain, without counting them. */
    public boolean surelyBelow(int limit) {
        return liveBound != null && liveBound < limit;
    }

    public void admittedOne() {
        if (liveBound != null) {
            liveBound++;
        }
    }

    public void counted(long live) {
        liveBound = live;
    }

    /** Makes the next sign-in count: for when sessions may have been opened without this row's lock. */
    public void forgetBound() {
        liveBound = null;
    }

    public void setSessionsLimit(Integer sessionsLimit) {
        this.sessionsLimit = sessionsLimit;
    }

    public void setPerUserLimit(Integer perUserLimit) {
        this.perUserLimit = perUserLimit;
    }

    public void setPerUserMode(PerUserMode perUserMode) {
        this.perUserMode = Objects.requireNonNull(perUserMode, "a per-user mode is required");
    }

    /** {@code null} lets the threshold follow the idle timeout again. */
    public void setDanglingThreshold(Duration threshold) {
        this.danglingMinutes = threshold == null ? null : threshold.toMinutes();
    }

    public void setDanglingPolicy(DanglingPolicy danglingPolicy) {
        this.danglingPolicy = Objects.requireNonNull(danglingPolicy, "a dangling policy is required");
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SiteLimits limits && site.equals(limits.site);
    }

    @Override
    public int hashCode() {
        return site.hashCode();
    }
}
