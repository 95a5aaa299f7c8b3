package org.rollcall.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.rollcall.sessions.entity.Utc;

/**
 * One change to one account: who, when, what. Keeps the username as text, not a key, so the record of a deleted
 * account outlives it. Never updated, never deleted; never holds a password, not even a hash.
 */
@Entity
@Table(name = "account_change", indexes = @Index(name = "ix_account_change_at", columnList = "changed_at"))
@NamedQuery(name = AccountChange.LATEST, query = "SELECT c FROM AccountChange c ORDER BY c.changedAt DESC, c.id")
public class AccountChange {

    public static final String LATEST = "AccountChange.latest";
    public static final int DETAIL_LENGTH = 128;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = Account.USERNAME_LENGTH)
    private String changedBy;

    @Column(name = "username", nullable = false, length = Account.USERNAME_LENGTH)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 32)
    private AccountAction action;

    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected AccountChange() {
        // for JPA
    }

    public AccountChange(Instant changedAt, String changedBy, String username, AccountAction action, String detail) {
        this.id = UUID.randomUUID().toString();
        this.changedAt = Utc.of(Objects.requireNonNull(changedAt, "a time is required"));
        this.changedBy = Objects.requireNonNull(changedBy, "who changed it is required");
        this.username = Objects.requireNonNull(username, "the account is required");
        this.action = Objects.requireNonNull(action, "the action is required");
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    public Instant getChangedAt() {
        return Utc.toInstant(changedAt);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getUsername() {
        return username;
    }

    public AccountAction getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AccountChange change && id.equals(change.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
