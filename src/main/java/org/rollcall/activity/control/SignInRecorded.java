package org.rollcall.activity.control;

import java.util.Optional;
import org.rollcall.activity.entity.Refusal;

/**
 * Fired when a sign-in or a refused one is written to the log, in the transaction that writes it: an observer
 * {@code during = AFTER_SUCCESS} counts exactly the attempts the log keeps (the metrics' counters).
 */
public record SignInRecorded(Optional<Refusal> refusal) {

    static SignInRecorded admitted() {
        return new SignInRecorded(Optional.empty());
    }

    static SignInRecorded refused(Refusal why) {
        return new SignInRecorded(Optional.of(why));
    }
}
