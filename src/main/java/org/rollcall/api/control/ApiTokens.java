package org.rollcall.api.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.api.entity.ApiToken;
import org.rollcall.sessions.entity.Utc;

/**
 * Issues, lists, revokes and checks API tokens. A check is one read by primary key; the last-used time is written
 * at most once a minute per token (a conditional update, so several nodes seeing it at once write it once).
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** How stale a token's last-used time may be: its writes are budgeted like a session's last activity. */
    public static final Duration LAST_USED_SLOT = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A token just issued: its text, to be shown once, and its row. */
    public record Issued(String text, ApiToken token) {
    }

    /**
     * Issues a token; the name is stripped, must be 1–50 characters and not another usable token's, and an
     * expiry must lie in the future.
     */
    public Issued issue(String name, Optional<Instant> expiresAt, String issuedBy) throws TokenRefused {
        String stripped = name == null ? "" : name.strip();
        Instant now = clock.instant();
        if (stripped.isEmpty() || stripped.length() > ApiToken.NAME_LENGTH
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new TokenRefused("tokens.name.invalid", ApiToken.NAME_LENGTH);
        }
        if (usable().stream().anyMatch(token -> token.getName().equalsIgnoreCase(stripped))) {
            throw new TokenRefused("tokens.name.taken", stripped);
        }
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw new TokenRefused("tokens.expiry.past");
        }
        TokenText text = TokenText.random();
        ApiToken token = new ApiToken(text.id(), stripped, text.secretHash(), issuedBy, now, expiresAt.orElse(null));
        em.persist(token);
        LOG.log(Level.INFO, "API token {0} ''{1}'' issued by {2}, expires {3}.",
                new Object[] {text.id(), stripped, issuedBy, expiresAt.map(Instant::toString).orElse("never")});
        return new Issued(text.toString(), token);
    }

    /** Every token, newest first, revoked ones too (a manager sees what was revoked and by whom). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> all() {
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiToken> find(String id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    private List<ApiToken> usable() {
        Instant now = clock.instant();
        return all().stream().filter(token -> token.isUsableAt(now)).toList();
    }

    /** Revokes a token at once, on every node (each request reads the row); false if unknown or revoked already. */
    public boolean revoke(String id, String revokedBy) {
        boolean revoked = em.createNamedQuery(ApiToken.REVOKE)
                .setParameter("now", Utc.of(clock.instant()))
                .setParameter("by", revokedBy)
                .setParameter("id", id)
                .executeUpdate() == 1;
        if (revoked) {
            LOG.log(Level.INFO, "API token {0} revoked by {1}.", new Object[] {id, revokedBy});
        }
        return revoked;
    }

    /** The usable token this text is, noting its use; empty for anything else (malformed, unknown, revoked...). */
    public Optional<ApiToken> authenticate(String presented) {
        Optional<TokenText> text = TokenText.parse(presented);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = Optional.ofNullable(em.find(ApiToken.class, text.get().id()))
                .filter(found -> text.get().matches(found.getSecretHash()))
                .filter(found -> found.isUsableAt(now));
        token.filter(found -> found.getLastUsedAt().map(used -> used.isBefore(now.minus(LAST_USED_SLOT))).orElse(true))
                .ifPresent(found -> em.createNamedQuery(ApiToken.MARK_USED)
                        .setParameter("now", Utc.of(now))
                        .setParameter("before", Utc.of(now.minus(LAST_USED_SLOT)))
                        .setParameter("id", found.getId())
                        .executeUpdate());
        return token;
    }
}
