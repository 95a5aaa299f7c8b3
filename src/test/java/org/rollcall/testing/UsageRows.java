package org.rollcall.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.rollcall.sessions.entity.Utc;
import org.rollcall.usage.entity.UsageHour;

/** Test-only access to the hour rows: read one as stored, or forget one so a test starts its hour afresh. */
@ApplicationScoped
@Transactional
public class UsageRows {

    @PersistenceContext
    EntityManager em;

    public Optional<UsageHour> find(Instant hour) {
        return Optional.ofNullable(em.find(UsageHour.class, Utc.of(hour)));
    }

    public void forget(Instant hour) {
        em.createQuery("DELETE FROM UsageHour h WHERE h.hourStart = :hour")
                .setParameter("hour", Utc.of(hour))
                .executeUpdate();
    }
}
