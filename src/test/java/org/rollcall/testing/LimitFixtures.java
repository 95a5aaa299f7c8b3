package org.rollcall.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.rollcall.limits.control.RecentUsage;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.LimitChange;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.limits.entity.SiteLimits;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.entity.Utc;

/** Test-only: puts the site's limits and sessions in a known state before each limits test. */
@ApplicationScoped
@Transactional
public class LimitFixtures {

    /** The provider's cap the test server was started with (arquillian.xml). */
    private static final String STARTED_CAP = System.getProperty(RollcallSettings.SESSIONS_LIMIT);

    @PersistenceContext
    EntityManager em;

    @Inject
    RecentUsage recentUsage;

    /** No live sessions, default limits, the cap the server started with: each test starts from the same site. */
    public void reset() {
        providerCap(STARTED_CAP == null ? null : Integer.valueOf(STARTED_CAP));
        em.createNativeQuery("UPDATE user_session SET ended_at = ?, end_reason = 'SIGNED_OUT' WHERE ended_at IS NULL")
                .setParameter(1, Timestamp.valueOf(Utc.of(Instant.now())))
                .executeUpdate();
        set(null, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
    }

    public void set(Integer sessionsLimit, Integer perUserLimit, PerUserMode mode, DanglingPolicy policy) {
        SiteLimits limits = em.find(SiteLimits.class, SiteLimits.SITE);
        limits.setSessionsLimit(sessionsLimit);
        limits.setPerUserLimit(perUserLimit);
        limits.setPerUserMode(mode);
        limits.setDanglingThreshold(Duration.ofHours(1));
        limits.setDanglingPolicy(policy);
        limits.forgetBound(); // as the settings page does
        recentUsage.forget();
    }

    /** Leaves the dangling threshold to the idle timeout, as on a site where no manager has set one. */
    public void danglingThresholdByDefault() {
        em.find(SiteLimits.class, SiteLimits.SITE).setDanglingThreshold(null);
        recentUsage.forget();
    }

    /**
     * Sets the provider's cap as the server reads it (a system property, re-read at every sign-in), as if the
     * server had been started with it; {@link #reset()} puts the original back.
     */
    public void providerCap(Integer cap) {
        if (cap == null) {
            System.clearProperty(RollcallSettings.SESSIONS_LIMIT);
        } else {
            System.setProperty(RollcallSettings.SESSIONS_LIMIT, cap.toString());
        }
        // As a node restarted with another cap would.
        em.createNativeQuery("UPDATE site_limits SET live_bound = NULL").executeUpdate();
    }

    public SiteLimits current() {
        SiteLimits limits = em.find(SiteLimits.class, SiteLimits.SITE);
        em.refresh(limits);
        return limits;
    }

    public List<LimitChange> changes() {
        return em.createNamedQuery(LimitChange.LATEST, LimitChange.class).getResultList();
    }

    public long countLiveWithUserAgentPrefix(String prefix) {
        return em.createQuery("SELECT COUNT(s) FROM UserSession s WHERE s.userAgent LIKE :prefix "
                + "AND s.endedAt IS NULL", Long.class)
                .setParameter("prefix", prefix + "%")
                .getSingleResult();
    }
}
