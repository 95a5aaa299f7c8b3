package org.rollcall.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.rollcall.api.entity.ApiToken;
import org.rollcall.sessions.entity.Utc;

/** API token rows as the database holds them: read fresh, and aged past their expiry. */
@ApplicationScoped
@Transactional
public class ApiTokenRows {

    @PersistenceContext
    EntityManager em;

    public Optional<ApiToken> find(String id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    public void expire(String id, Instant at) {
        em.createNativeQuery("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .setParameter(1, java.sql.Timestamp.valueOf(Utc.of(at)))
                .setParameter(2, id)
                .executeUpdate();
    }

    /** The id of a token's text: between {@code rc_} and the second underscore. */
    public static String idOf(String token) {
        return token.substring(3, 15);
    }
}
