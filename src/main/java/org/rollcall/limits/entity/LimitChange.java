package org.rollcall.limits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.rollcall.sessions.entity.Utc;

/** One change of one limit setting: who, when, old value, new value. Never updated, never deleted. */
@Entity
@Table(name = "limit_change", indexes = @Index(name = "ix_limit_change_at", columnList = "changed_at"))
@NamedQuery(name = LimitChange.LATEST, query = "SELECT c FROM LimitChange c ORDER BY c.changedAt DESC, c.id")
public class LimitChange {

    public static final String LATEST = "LimitChange.latest";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "setting", nullable = false, length = 64)
    private String setting;

    @Column(name = "old_value", length = 64)
    private String oldValue;

    @Column(name = "new_value", length = 64)
    private String newValue;

    protected LimitChange() {
        // for JPA
    }

    public LimitChange(Instant changedAt, String changedBy, String setting, String oldValue, String newValue) {
        this.id = UUID.randomUUID().toString();
        this.changedAt = Utc.of(Objects.requireNonNull(changedAt, "a time is required"));
        this.changedBy = Objects.requireNonNull(changedBy, "who changed it is required");
        this.setting = Objects.requireNonNull(setting, "the setting is required");
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Instant getChangedAt() {
        return Utc.toInstant(changedAt);
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getSetting() {
        return setting;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof LimitChange change && id.equals(change.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
