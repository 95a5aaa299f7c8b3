package org.rollcall.lockout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.sessions.entity.Utc;

/**
 * Recent failed sign-ins of one account name or one client address, and the lock-out they earned.
 * <p>
 * {@code forgetAt} is computed whenever the row is written (the first failure of the run, or the end of its
 * lock-out, plus the failure memory), so "stale" is an indexed range: a count older than that starts again from
 * zero, and the sweep deletes such rows in one statement. Measuring from the run's first failure, not its last,
 * keeps an office's occasional typos behind one address from adding up all day. That keeps the table as small as the recent failures, which is what
 * made Lino's in-memory {@code ipdict} unfit for large sites.
 */
@Entity
@Table(name = "failed_sign_ins", indexes = {
    @Index(name = "ix_failed_sign_ins_forget", columnList = "forget_at"),
    @Index(name = "ix_failed_sign_ins_locked", columnList = "locked_until")})
@NamedQuery(name = FailedSignIns.LOCKED, query = "SELECT f FROM FailedSignIns f WHERE f.lockedUntil > :now "
        + "ORDER BY f.lockedUntil DESC, f.id")
@NamedQuery(name = FailedSignIns.DELETE_STALE, query = "DELETE FROM FailedSignIns f WHERE f.forgetAt <= :now")
@NamedQuery(name = FailedSignIns.DELETE, query = "DELETE FROM FailedSignIns f WHERE f.id = :id")
public class FailedSignIns {

    public static final String LOCKED = "FailedSignIns.locked";
    public static final String DELETE_STALE = "FailedSignIns.deleteStale";
    public static final String DELETE = "FailedSignIns.delete";

    /** The subject's kind and normalised name in one: {@code a:alice}, {@code i:203.0.113.9}. */
    @Id
    @Column(name = "id", length = FailureSubject.NAME_LENGTH + 2)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 16)
    private FailureSubject subject;

    @Column(name = "name", nullable = false, length = FailureSubject.NAME_LENGTH)
    private String name;

    @Column(name = "failures", nullable = false)
    private int failures;

    /** When the run of failures being counted began: the memory runs from here (or from a lock-out's end). */
    @Column(name = "first_failure_at", nullable = false)
    private LocalDateTime firstFailureAt;

    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "forget_at", nullable = false)
    private LocalDateTime forgetAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FailedSignIns() {
        // for JPA
    }

    /** A subject with no failures yet; {@code now} stands in for the times until the first is counted. */
    public FailedSignIns(FailureSubject subject, String name, Instant now) {
        this.subject = Objects.requireNonNull(subject, "a subject is required");
        this.name = subject.normalise(Objects.requireNonNull(name, "a name is required"));
        this.id = idOf(subject, name);
        this.lastFailureAt = Utc.of(Objects.requireNonNull(now, "a time is required"));
        this.firstFailureAt = lastFailureAt;
        this.forgetAt = lastFailureAt;
    }

    public static String idOf(FailureSubject subject, String name) {
        return subject.key(subject.normalise(name));
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && Utc.toInstant(lockedUntil).isAfter(now);
    }

    /** Whether the count is old enough to be forgotten: the next failure starts from zero. */
    public boolean isStaleAt(Instant now) {
        return !Utc.toInstant(forgetAt).isAfter(now);
    }

    /** The count one more failure at {@code now} makes: a stale count starts again from one. */
    public int failuresWithOneMoreAt(Instant now) {
        return isStaleAt(now) ? 1 : failures + 1;
    }

    /** When the run that one more failure at {@code now} belongs to began. */
    public Instant runStartWithOneMoreAt(Instant now) {
        return isStaleAt(now) ? now : Utc.toInstant(firstFailureAt);
    }

    /**
     * Records the count of {@link #failuresWithOneMoreAt}, the lock it earns ({@code null} for none) and when the
     * row may be forgotten; the caller holds the row lock and applies the policy.
     */
    public void countFailure(int newFailures, Instant now, Instant newLockedUntil, Instant newForgetAt) {
        if (newFailures == 1) {
            firstFailureAt = Utc.of(now);
        }
        failures = newFailures;
        lastFailureAt = Utc.of(now);
        lockedUntil = Utc.of(newLockedUntil);
        forgetAt = Utc.of(newForgetAt);
    }

    public String getId() {
        return id;
    }

    public FailureSubject getSubject() {
        return subject;
    }

    public String getName() {
        return name;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return Utc.toInstant(lastFailureAt);
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(Utc.toInstant(lockedUntil));
    }

    /** For pages: the end of the lock-out, or {@code null}. */
    public Instant getLockedUntil() {
        return Utc.toInstant(lockedUntil);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof FailedSignIns failed && id.equals(failed.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
