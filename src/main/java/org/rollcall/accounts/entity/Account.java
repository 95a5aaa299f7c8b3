package org.rollcall.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rollcall.sessions.entity.Utc;

/**
 * A person who can sign in. The username is the natural key, unique whatever its case: {@code usernameKey} is
 * its lower-case form with a unique constraint, because neither Derby nor MariaDB can index {@code LOWER(...)}.
 * The numeric id only joins tables.
 */
@Entity
@Table(name = "account", indexes = {
    @Index(name = "ix_account_created", columnList = "created_at"),
    @Index(name = "ix_account_last_sign_in", columnList = "last_sign_in_at")})
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "SELECT a FROM Account a WHERE a.usernameKey = :key")
// A parameter, not the literal true: Hibernate writes "= true", which Derby won't compare with the SMALLINT column.
@NamedQuery(name = Account.FIND_DEMO, query = "SELECT a FROM Account a WHERE a.demo = :demo")
@NamedQuery(name = Account.ENABLED_WITH_ROLE, query = "SELECT a FROM Account a "
        + "WHERE a.role = :role AND a.enabled = :enabled")
// What a user filter matches, by username or display name (a LikePattern), for a table of their sessions.
@NamedQuery(name = Account.IDS_MATCHING, query = "SELECT a.id FROM Account a WHERE a.usernameKey LIKE :pattern "
        + "ESCAPE '!' OR LOWER(a.displayName) LIKE :pattern ESCAPE '!' ORDER BY a.id")
@NamedQuery(name = Account.RECORD_SIGN_IN, query = "UPDATE Account a SET a.lastSignInAt = :at WHERE a.id = :id")
@NamedQuery(name = Account.PREFER_LANGUAGE, query = "UPDATE Account a SET a.preferredLanguage = :language "
        + "WHERE a.usernameKey = :key")
public class Account {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String FIND_DEMO = "Account.findDemo";
    public static final String ENABLED_WITH_ROLE = "Account.enabledWithRole";
    public static final String RECORD_SIGN_IN = "Account.recordSignIn";
    public static final String PREFER_LANGUAGE = "Account.preferLanguage";
    public static final String IDS_MATCHING = "Account.idsMatching";
    public static final int USERNAME_LENGTH = 64;
    public static final int DISPLAY_NAME_LENGTH = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "username_key", nullable = false, unique = true, length = USERNAME_LENGTH)
    private String usernameKey;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    /** Null for a directory account: its password is the directory's. */
    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    private AccountSource source = AccountSource.LOCAL;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Demo accounts exist only while the demo switch is on; this marks them for removal when it is off. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_sign_in_at")
    private LocalDateTime lastSignInAt;

    /** The language tag its owner picked ({@code de}); none: their browser's. */
    @Column(name = "preferred_language", length = 8)
    private String preferredLanguage;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String passwordHash, Role role, boolean demo) {
        this(username, displayName, role, AccountSource.LOCAL, Instant.now());
        this.passwordHash = Objects.requireNonNull(passwordHash, "a password hash is required");
        this.demo = demo;
    }

    private Account(String username, String displayName, Role role, AccountSource source, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "a username is required");
        this.usernameKey = keyOf(username);
        this.displayName = Objects.requireNonNull(displayName, "a display name is required");
        this.role = Objects.requireNonNull(role, "a role is required");
        this.source = source;
        this.createdAt = Utc.of(createdAt);
    }

    /** A local account a manager adds, with its first password, one-time or not. */
    public static Account local(String username, String displayName, Role role, String passwordHash, boolean oneTime,
            Instant now) {
        Account account = new Account(username, displayName, role, AccountSource.LOCAL, now);
        account.passwordHash = Objects.requireNonNull(passwordHash, "a password hash is required");
        account.passwordChangeRequired = oneTime;
        return account;
    }

    /** The row of someone who signed in through the company directory for the first time. */
    public static Account fromDirectory(String username, Role role, Instant now) {
        return new Account(username, username, role, AccountSource.DIRECTORY, now);
    }

    /** The form a username is unique in, and looked up by: sign-in accepts any case. */
    public static String keyOf(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    public void changeDisplayName(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName, "a display name is required");
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "a role is required");
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A new password: one-time when a manager set it, so that only its owner ever knows the one they use. */
    public void changePassword(String newPasswordHash, boolean oneTime) {
        if (source != AccountSource.LOCAL) {
            throw new IllegalStateException(username + "'s password belongs to the directory");
        }
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "a password hash is required");
        this.passwordChangeRequired = oneTime;
    }

    public Optional<String> preferredLanguage() {
        return Optional.ofNullable(preferredLanguage);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Optional<String> getPasswordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Role getRole() {
        return role;
    }

    public AccountSource getSource() {
        return source;
    }

    public boolean isLocal() {
        return source == AccountSource.LOCAL;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return Utc.toInstant(createdAt);
    }

    public Instant getLastSignInAt() {
        return Utc.toInstant(lastSignInAt);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account account && usernameKey.equals(account.usernameKey);
    }

    @Override
    public int hashCode() {
        return usernameKey.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
