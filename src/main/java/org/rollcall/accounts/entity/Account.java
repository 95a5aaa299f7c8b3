package org.rollcall.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** A person who can sign in. The username is the natural key; the numeric id only joins tables. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
// A parameter, not the literal true: Hibernate writes "= true", which Derby won't compare with the SMALLINT column.
@NamedQuery(name = Account.FIND_DEMO, query = "SELECT a FROM Account a WHERE a.demo = :demo")
public class Account {

    public static final String FIND_BY_USERNAME = "Account.findByUsername";
    public static final String FIND_DEMO = "Account.findDemo";
    public static final int USERNAME_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /** Demo accounts exist only while the demo switch is on; this marks them for removal when it is off. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String passwordHash, Role role, boolean demo) {
        this.username = Objects.requireNonNull(username, "a username is required");
        this.displayName = Objects.requireNonNull(displayName, "a display name is required");
        this.passwordHash = Objects.requireNonNull(passwordHash, "a password hash is required");
        this.role = Objects.requireNonNull(role, "a role is required");
        this.demo = demo;
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

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account account && username.equals(account.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "Account[" + username + "]";
    }
}
