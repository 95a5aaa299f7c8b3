package org.rollcall.accounts.control;

import java.io.Serializable;
import java.time.Instant;
import org.rollcall.accounts.entity.Account;
import org.rollcall.accounts.entity.AccountSource;
import org.rollcall.accounts.entity.Role;

/**
 * One line of the Accounts page: the account as it was read, and how many live sessions it has. A class with
 * getters rather than a record, because Faces' expression language reads bean properties only.
 */
public final class AccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final Role role;
    private final AccountSource source;
    private final boolean enabled;
    private final boolean passwordChangeRequired;
    private final Instant createdAt;
    private final Instant lastSignInAt;
    private final long liveSessions;

    private AccountView(Account account, long liveSessions) {
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.source = account.getSource();
        this.enabled = account.isEnabled();
        this.passwordChangeRequired = account.isPasswordChangeRequired();
        this.createdAt = account.getCreatedAt();
        this.lastSignInAt = account.getLastSignInAt();
        this.liveSessions = liveSessions;
    }

    static AccountView of(Account account, long liveSessions) {
        return new AccountView(account, liveSessions);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public AccountSource getSource() {
        return source;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Null until the account first signs in. */
    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public long getLiveSessions() {
        return liveSessions;
    }

    public boolean isManager() {
        return role == Role.MANAGER;
    }

    public boolean isLocal() {
        return source == AccountSource.LOCAL;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AccountView view && username.equals(view.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
