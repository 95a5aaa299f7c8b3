package org.rollcall.accounts.control;

import java.io.Serializable;
import java.util.Optional;
import org.rollcall.accounts.entity.Role;

/** What the Accounts page is narrowed to: a name (username or display name, any case), a role, enabled or not. */
public record AccountFilter(String text, Role role, Boolean enabled) implements Serializable {

    public static final AccountFilter EVERYONE = new AccountFilter(null, null, null);

    Optional<String> textToMatch() {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }
}
