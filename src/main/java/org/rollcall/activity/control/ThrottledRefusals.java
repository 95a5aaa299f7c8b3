package org.rollcall.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which throttled sign-ins the activity log records: the first per name and address each minute, on this node.
 * <p>
 * A throttled attempt is refused before any password is hashed, so a flood of them costs the server little
 * (bench/signin-flood.sh: some 60 a second on two cores); writing each one would turn that flood into as many
 * inserts and grow the log by millions of rows a day. One a minute still shows a manager who was locked out,
 * from where, and that it went on. At most {@value #REMEMBERED} name-address pairs are remembered; past that the
 * memory starts afresh (a flood of made-up names then records at most one event per pair per minute again).
 */
@ApplicationScoped
public class ThrottledRefusals {

    static final Duration EVERY = Duration.ofMinutes(1);
    static final int REMEMBERED = 10_000;

    private final ConcurrentHashMap<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public ThrottledRefusals() {
        // for CDI
    }

    ThrottledRefusals(Clock clock) {
        this.clock = clock;
    }

    /** Whether this throttled attempt is to be recorded; if so, the next of the same pair waits a minute. */
    public boolean shouldRecord(String username, String address) {
        Instant now = clock.instant();
        if (lastRecorded.size() >= REMEMBERED) {
            lastRecorded.clear();
        }
        String key = (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\n" + address;
        boolean[] record = {false};
        lastRecorded.compute(key, (pair, last) -> {
            if (last == null || !now.isBefore(last.plus(EVERY))) {
                record[0] = true;
                return now;
            }
            return last;
        });
        return record[0];
    }
}
