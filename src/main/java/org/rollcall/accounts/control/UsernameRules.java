package org.rollcall.accounts.control;

import java.util.regex.Pattern;
import org.rollcall.accounts.entity.Account;

/**
 * What a new username may look like: 3 to 64 letters, digits and {@code . _ @ -}, starting with a letter or a
 * digit. Narrow on purpose: a name shows up in grids, logs and other people's screens, and one that differs from
 * another only by an invisible or look-alike character would let someone pass for a colleague.
 */
public final class UsernameRules {

    public static final int MIN_LENGTH = 3;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

    private UsernameRules() {
    }

    /** Whether {@code username} has the form of an account's name; says nothing about whether one exists. */
    public static boolean isValid(String username) {
        return username != null && username.length() >= MIN_LENGTH && username.length() <= Account.USERNAME_LENGTH
                && ALLOWED.matcher(username).matches();
    }

    /** Throws with the reason when {@code username} (already stripped) can't be a new account's name. */
    public static void check(String username) throws AccountRefused {
        if (username == null || username.isEmpty()) {
            throw new AccountRefused("username", "accounts.invalid.usernameMissing");
        }
        if (username.length() < MIN_LENGTH || username.length() > Account.USERNAME_LENGTH) {
            throw new AccountRefused("username", "accounts.invalid.usernameLength", MIN_LENGTH,
                    Account.USERNAME_LENGTH);
        }
        if (!ALLOWED.matcher(username).matches()) {
            throw new AccountRefused("username", "accounts.invalid.usernameCharacters");
        }
    }

    /** Throws with the reason when {@code displayName} (already stripped) can't be shown as a name. */
    public static void checkDisplayName(String displayName) throws AccountRefused {
        if (displayName == null || displayName.isEmpty()) {
            throw new AccountRefused("displayName", "accounts.invalid.displayNameMissing");
        }
        if (displayName.length() > Account.DISPLAY_NAME_LENGTH) {
            throw new AccountRefused("displayName", "accounts.invalid.displayNameLength", Account.DISPLAY_NAME_LENGTH);
        }
        if (displayName.codePoints().anyMatch(Character::isISOControl)) {
            throw new AccountRefused("displayName", "accounts.invalid.displayNameCharacters");
        }
    }
}
