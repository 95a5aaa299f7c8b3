package org.rollcall.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PBKDF2 with the parameters OWASP recommends for SHA-512, through Jakarta Security's own implementation, so
 * no cryptography is hand-written here.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private final AtomicLong checks = new AtomicLong();
    private String unknownUserHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        unknownUserHash = pbkdf2.generate("no account has this password".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        checks.incrementAndGet();
        return pbkdf2.verify(password, hash);
    }

    /**
     * Spends the same time as a real check, so an unknown username can't be told from a wrong password by
     * how long the answer takes.
     */
    public void verifyAgainstNobody(char[] password) {
        checks.incrementAndGet();
        pbkdf2.verify(password, unknownUserHash);
    }

    /**
     * How many passwords this node has checked since it started: each check costs ~150 ms of CPU, which is what
     * sign-in throttling exists to keep an attacker from spending.
     */
    public long checks() {
        return checks.get();
    }
}
