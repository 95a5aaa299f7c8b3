package org.rollcall.api.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an API token looks like: {@code rc_<id>_<secret>}. The prefix lets secret scanners and people recognise
 * one; the id (12 lower-case base-32 characters, so it is the same key under any database collation) finds the
 * row; the secret is 256 random bits, base64url, and only its SHA-256 hash is stored.
 */
public record TokenText(String id, String secret) {

    private static final Pattern FORMAT = Pattern.compile("rc_([a-z2-7]{12})_([A-Za-z0-9_-]{43})");
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    public static TokenText random() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(BASE32[RANDOM.nextInt(BASE32.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new TokenText(id.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token in an {@code Authorization} header's credentials, if it has the shape of one. */
    public static Optional<TokenText> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = FORMAT.matcher(text.strip());
        return matcher.matches() ? Optional.of(new TokenText(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public String secretHash() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether this secret is the one hashed, in time that doesn't depend on where they differ. */
    public boolean matches(String storedHash) {
        return MessageDigest.isEqual(secretHash().getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** The token as the manager copies it; shown once, never stored. */
    @Override
    public String toString() {
        return "rc_" + id + "_" + secret;
    }
}
