package org.rollcall.accounts.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, not one of the passwords attackers try
 * first, not the username. No rules about character classes and no expiry: they push people to predictable
 * passwords. The common list ships with the WAR ({@code common-passwords.txt}, 10,000 entries from leaked-password
 * frequencies) and is compared without regard to case.
 */
public final class PasswordRules {

    /** Longer passwords add nothing but hashing time an attacker could make the server spend. */
    public static final int MAX_LENGTH = 256;
    private static final String COMMON_LIST = "common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    public PasswordRules(int minLength, Set<String> common) {
        this.minLength = minLength;
        this.common = Set.copyOf(common);
    }

    /** The rules with the common passwords shipped in the WAR. */
    public static PasswordRules withShippedList(int minLength) {
        return new PasswordRules(minLength, shippedList());
    }

    public int minLength() {
        return minLength;
    }

    /** Throws with the reason when {@code password} can't be {@code username}'s new password. */
    public void check(char[] password, String username) throws AccountRefused {
        if (password == null || password.length < minLength) {
            throw new AccountRefused("password", "password.invalid.tooShort", minLength);
        }
        if (password.length > MAX_LENGTH) {
            throw new AccountRefused("password", "password.invalid.tooLong", MAX_LENGTH);
        }
        String lowerCase = CharBuffer.wrap(password).toString().toLowerCase(Locale.ROOT);
        if (common.contains(lowerCase)) {
            throw new AccountRefused("password", "password.invalid.common");
        }
        if (username != null && lowerCase.contains(username.toLowerCase(Locale.ROOT))) {
            throw new AccountRefused("password", "password.invalid.containsUsername");
        }
    }

    static Set<String> shippedList() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the WAR");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
