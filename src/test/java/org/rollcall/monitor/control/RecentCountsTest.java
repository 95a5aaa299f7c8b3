package org.rollcall.monitor.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecentCountsTest {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");

    private final RecentCounts counts = new RecentCounts();
    private final AtomicLong database = new AtomicLong(7);
    private final AtomicLong countsMade = new AtomicLong();

    @BeforeEach
    void startTheClock() {
        counts.clock = Clock.fixed(START, ZoneOffset.UTC);
    }

    private long count(SessionFilter filter) {
        return counts.count(filter, f -> {
            countsMade.incrementAndGet();
            return database.get();
        });
    }

    private static SessionFilter ip(String prefix, Instant idleSince) {
        return SessionFilter.everyone(idleSince).withCriteria(null, prefix, false);
    }

    @Test
    void aFilterIsCountedOnceForAFewSecondsWhateverItsThresholdSays() {
        assertEquals(7, count(ip("10.1", START)));
        database.set(9);
        counts.clock = Clock.fixed(START.plus(Duration.ofSeconds(4)), ZoneOffset.UTC);

        assertEquals(7, count(ip(" 10.1 ", START.plusSeconds(4))), "the same filter as typed, a moment later");
        assertEquals(1, countsMade.get());
    }

    @Test
    void anotherFilterOrAnOlderCountIsCountedAfresh() {
        count(ip("10.1", START));
        database.set(9);

        assertEquals(9, count(ip("10.2", START)), "another prefix");
        counts.clock = Clock.fixed(START.plus(RecentCounts.FRESH_FOR), ZoneOffset.UTC);
        assertEquals(9, count(ip("10.1", START)), "five seconds on");
        assertEquals(3, countsMade.get());
    }

    @Test
    void endingSessionsForgetsEveryCount() {
        count(ip("10.1", START));
        database.set(6);
        counts.forget();

        assertEquals(6, count(ip("10.1", START)));
    }
}
