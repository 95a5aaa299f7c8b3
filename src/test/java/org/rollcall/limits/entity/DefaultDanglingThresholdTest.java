package org.rollcall.limits.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rollcall.platform.control.RollcallSettings;

/** The dangling threshold that follows the idle timeout until a manager sets one (issue 15). */
class DefaultDanglingThresholdTest {

    /** As the server reads {@code ROLLCALL_IDLE_TIMEOUT}. */
    private static Duration idleTimeout(String text) {
        return RollcallSettings.of(Map.of(RollcallSettings.IDLE_TIMEOUT, text)).idleTimeout();
    }

    /** The idle timeouts a site may run with, as ROLLCALL_IDLE_TIMEOUT is written. */
    @ParameterizedTest
    @ValueSource(strings = {"90s", "2m", "3m", "5m", "10m", "15m", "30m", "45m", "1h", "90m", "8h", "24h", "3d", "14d",
            "30d"})
    void byDefaultASessionCanDangleBeforeItExpiresAndNotAfterTheFirstPause(String idleTimeoutText) {
        Duration idleTimeout = idleTimeout(idleTimeoutText);
        SiteLimits limits = new SiteLimits();

        Duration threshold = limits.danglingThreshold(idleTimeout);

        assertTrue(threshold.compareTo(idleTimeout) < 0, idleTimeoutText + ": dangles before it expires");
        assertTrue(threshold.compareTo(idleTimeout.dividedBy(3)) >= 0,
                idleTimeoutText + ": not flagged at a third of its idle time already, was " + threshold);
        assertTrue(threshold.toMinutes() >= 1 && threshold.toSeconds() % 60 == 0,
                idleTimeoutText + ": whole minutes, as the settings page shows it, was " + threshold);
        assertTrue(limits.chosenDanglingThreshold().isEmpty(), "nobody chose it");
    }

    /** Thresholds are whole minutes: under an idle timeout of a minute or less, nothing can dangle. */
    @ParameterizedTest
    @ValueSource(strings = {"30s", "60s"})
    void atLeastAMinute(String idleTimeoutText) {
        assertEquals(Duration.ofMinutes(1), new SiteLimits().danglingThreshold(idleTimeout(idleTimeoutText)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5m", "30m", "8h", "14d"})
    void theDefaultFollowsTheIdleTimeout(String idleTimeoutText) {
        Duration idleTimeout = idleTimeout(idleTimeoutText);

        assertEquals(idleTimeout.dividedBy(2).toMinutes(), new SiteLimits().danglingThreshold(idleTimeout).toMinutes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5m", "30m", "8h", "14d"})
    void aThresholdAManagerChoseStaysWhateverTheIdleTimeout(String idleTimeoutText) {
        SiteLimits limits = new SiteLimits();
        limits.setDanglingThreshold(Duration.ofMinutes(20));

        assertEquals(Duration.ofMinutes(20), limits.danglingThreshold(idleTimeout(idleTimeoutText)));
        assertEquals(Optional.of(Duration.ofMinutes(20)), limits.chosenDanglingThreshold());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5m", "30m", "8h", "14d"})
    void clearingTheChoiceGoesBackToTheDefault(String idleTimeoutText) {
        Duration idleTimeout = idleTimeout(idleTimeoutText);
        SiteLimits limits = new SiteLimits();
        limits.setDanglingThreshold(Duration.ofMinutes(20));

        limits.setDanglingThreshold(null);

        assertEquals(SiteLimits.defaultDanglingThreshold(idleTimeout), limits.danglingThreshold(idleTimeout));
    }
}
