package org.rollcall.activity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ThrottledRefusalsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T10:00:00Z"));
    private final ThrottledRefusals refusals = new ThrottledRefusals(new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aFloodOfThrottledAttemptsIsRecordedOncePerNameAndAddressAMinute() {
        assertTrue(refusals.shouldRecord("alice", "10.0.0.1"), "the first is recorded");
        for (int i = 0; i < 1000; i++) {
            assertFalse(refusals.shouldRecord("alice", "10.0.0.1"), "the flood within the minute is not");
        }
        assertFalse(refusals.shouldRecord(" Alice ", "10.0.0.1"), "the same name in another case is the same pair");
        assertTrue(refusals.shouldRecord("alice", "10.0.0.2"), "another address is another pair");
        assertTrue(refusals.shouldRecord("bob", "10.0.0.1"), "another name too");

        now.set(now.get().plus(Duration.ofSeconds(59)));
        assertFalse(refusals.shouldRecord("alice", "10.0.0.1"));
        now.set(now.get().plus(Duration.ofSeconds(1)));
        assertTrue(refusals.shouldRecord("alice", "10.0.0.1"), "a minute later it is recorded again");
    }

    @Test
    void madeUpNamesBeyondWhatIsRememberedStartTheMemoryAfreshInsteadOfGrowingIt() {
        for (int i = 0; i < ThrottledRefusals.REMEMBERED; i++) {
            assertTrue(refusals.shouldRecord("name" + i, "10.0.0.1"));
        }
        assertTrue(refusals.shouldRecord("one-more", "10.0.0.1"));
        assertTrue(refusals.shouldRecord("name0", "10.0.0.1"), "forgotten with the rest: recorded once more");
        assertFalse(refusals.shouldRecord("name0", "10.0.0.1"));
    }
}
