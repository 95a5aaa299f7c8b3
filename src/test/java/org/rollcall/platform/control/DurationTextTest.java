package org.rollcall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource({"90s, PT1M30S", "30m, PT30M", "2h, PT2H", "14d, PT336H", "PT45M, PT45M", " 5M , PT5M"})
    void readsTheWaysOperatorsWriteDurations(String text, String expected) {
        assertEquals(Duration.parse(expected), DurationText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "30", "30x", "-5m", "0s", "PT0S", "half an hour"})
    void refusesWhatIsNotAPositiveDuration(String text) {
        assertThrows(RuntimeException.class, () -> DurationText.parse(text));
    }
}
