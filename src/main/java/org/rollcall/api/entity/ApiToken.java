package org.rollcall.api.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.sessions.entity.Utc;

/**
 * A named token a manager issued for a script. The id is the token's public half (it is in the token and in the
 * list of tokens); the secret half is kept only as its SHA-256 hash: it is 256 random bits, so a fast hash is as
 * good as a slow one and costs nothing per request. The id is the natural key.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.ALL, query = "SELECT t FROM ApiToken t ORDER BY t.createdAt DESC, t.id")
// At most once a minute per token, whichever node sees it: the condition makes concurrent uses write once.
@NamedQuery(name = ApiToken.MARK_USED, query = "UPDATE ApiToken t SET t.lastUsedAt = :now "
        + "WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :before)")
@NamedQuery(name = ApiToken.REVOKE, query = "UPDATE ApiToken t SET t.revokedAt = :now, t.revokedBy = :by "
        + "WHERE t.id = :id AND t.revokedAt IS NULL")
public class ApiToken {

    public static final String ALL = "ApiToken.all";
    public static final String MARK_USED = "ApiToken.markUsed";
    public static final String REVOKE = "ApiToken.revoke";

    public static final int NAME_LENGTH = 50;

    @Id
    @Column(name = "id", length = 16)
    private String id;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    protected ApiToken() {
    }

    public ApiToken(String id, String name, String secretHash, String createdBy, Instant createdAt,
            Instant expiresAt) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.secretHash = Objects.requireNonNull(secretHash);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Utc.of(createdAt);
        this.expiresAt = Utc.of(expiresAt);
    }

    /** Neither revoked nor past its expiry. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || Utc.toInstant(expiresAt).isAfter(now));
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return Utc.toInstant(createdAt);
    }

    public Optional<Instant> getExpiresAt() {
        return Optional.ofNullable(Utc.toInstant(expiresAt));
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(Utc.toInstant(lastUsedAt));
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(Utc.toInstant(revokedAt));
    }

    public Optional<String> getRevokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiToken token && id.equals(token.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
