package org.rollcall.accounts.control;

import java.security.SecureRandom;

/**
 * Passwords a manager hands over once (on paper, by phone): 16 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), about 80 bits, so reading one aloud can't go wrong and guessing one can't succeed. The owner
 * must replace it at their next sign-in.
 */
public final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
