package org.rollcall.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.rollcall.sessions.entity.Utc;

/**
 * One thing that happened to a session or a sign-in. Written once, never changed; deleted only by age.
 * <p>
 * The id is a random UUID made with the event, so it can be told apart from any other before it is stored
 * (the natural key of something that has none). The username is the account's, or what was typed for a refused
 * sign-in (cut to the column, never the password).
 */
@Entity
@Table(name = "activity_event")
@NamedQuery(name = ActivityEvent.RECENT_OF_ACCOUNT, query = "SELECT e FROM ActivityEvent e "
        + "WHERE e.accountId = :account AND e.kind IN :kinds ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = ActivityEvent.OLD_IDS, query = "SELECT e.id FROM ActivityEvent e WHERE e.occurredAt < :before "
        + "ORDER BY e.occurredAt")
@NamedQuery(name = ActivityEvent.TALLY_BETWEEN, query = "SELECT e.kind, e.reason, COUNT(e) FROM ActivityEvent e "
        + "WHERE e.occurredAt >= :from AND e.occurredAt < :to "
        + "AND (e.kind IN :kinds OR (e.kind = :ended AND e.reason = :reclaimed)) GROUP BY e.kind, e.reason")
@NamedQuery(name = ActivityEvent.DELETE_BY_IDS, query = "DELETE FROM ActivityEvent e WHERE e.id IN :ids")
public class ActivityEvent {

    public static final String RECENT_OF_ACCOUNT = "ActivityEvent.recentOfAccount";
    public static final String OLD_IDS = "ActivityEvent.oldIds";
    public static final String DELETE_BY_IDS = "ActivityEvent.deleteByIds";
    public static final String TALLY_BETWEEN = "ActivityEvent.tallyBetween";

    public static final int USERNAME_LENGTH = 64;
    public static final int REASON_LENGTH = 32;
    public static final int DETAIL_LENGTH = 128;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private ActivityKind kind;

    @Column(name = "reason", length = REASON_LENGTH)
    private String reason;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "username", length = USERNAME_LENGTH)
    private String username;

    /** Who did it, when someone other than the session's owner did (a manager). */
    @Column(name = "actor", length = USERNAME_LENGTH)
    private String actor;

    @Column(name = "ip_address", length = 45)
    private String ipAddress;

    @Column(name = "user_agent", length = 512)
    private String userAgent;

    @Column(name = "node", length = 128)
    private String node;

    @Column(name = "session_id", length = 36)
    private String sessionId;

    /** What changed, for a change of a limit or an account ("10 -> 20"). */
    @Column(name = "detail", length = DETAIL_LENGTH)
    private String detail;

    protected ActivityEvent() {
        // for JPA
    }

    private ActivityEvent(Builder builder) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = Utc.of(builder.occurredAt);
        this.kind = builder.kind;
        this.reason = builder.reason;
        this.accountId = builder.accountId;
        this.username = cut(builder.username, USERNAME_LENGTH);
        this.actor = builder.actor;
        this.ipAddress = builder.ipAddress;
        this.userAgent = builder.userAgent;
        this.node = builder.node;
        this.sessionId = builder.sessionId;
        this.detail = cut(builder.detail, DETAIL_LENGTH);
    }

    public static Builder of(ActivityKind kind, Instant occurredAt) {
        return new Builder(kind, occurredAt);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** The columns an event is made of; the kind and time are required, the rest as far as they are known. */
    public static final class Builder {

        private final ActivityKind kind;
        private final Instant occurredAt;
        private String reason;
        private Long accountId;
        private String username;
        private String actor;
        private String ipAddress;
        private String userAgent;
        private String node;
        private String sessionId;
        private String detail;

        private Builder(ActivityKind kind, Instant occurredAt) {
            this.kind = Objects.requireNonNull(kind, "a kind is required");
            this.occurredAt = Objects.requireNonNull(occurredAt, "a time is required");
        }

        public Builder reason(Enum<?> why) {
            return reason(why == null ? null : why.name());
        }

        public Builder reason(String why) {
            this.reason = cut(why, REASON_LENGTH);
            return this;
        }

        public Builder detail(String what) {
            this.detail = what;
            return this;
        }

        public Builder account(Long id, String name) {
            this.accountId = id;
            this.username = name;
            return this;
        }

        public Builder actor(String who) {
            this.actor = who;
            return this;
        }

        public Builder client(String address, String agent) {
            this.ipAddress = address;
            this.userAgent = agent;
            return this;
        }

        public Builder node(String name) {
            this.node = name;
            return this;
        }

        public Builder session(String rowId) {
            this.sessionId = rowId;
            return this;
        }

        public ActivityEvent build() {
            return new ActivityEvent(this);
        }
    }

    public String getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return Utc.toInstant(occurredAt);
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getNode() {
        return node;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getDetail() {
        return detail;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ActivityEvent event && id.equals(event.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return kind + (reason == null ? "" : "/" + reason) + " " + username + " at " + occurredAt;
    }
}
