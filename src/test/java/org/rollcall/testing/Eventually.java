package org.rollcall.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition instead of sleeping a fixed time. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(String what, Duration limit, Supplier<T> attempt, Predicate<T> done) {
        return await(what, limit, Duration.ofMillis(250), attempt, done);
    }

    /** Tries every {@code pause}: for conditions that themselves need quiet time, such as an idle time-out. */
    public static <T> T await(String what, Duration limit, Duration pause, Supplier<T> attempt, Predicate<T> done) {
        Instant deadline = Instant.now().plus(limit);
        T last = attempt.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting after " + limit + " for " + what + "; last saw " + last);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            last = attempt.get();
        }
        return last;
    }
}
