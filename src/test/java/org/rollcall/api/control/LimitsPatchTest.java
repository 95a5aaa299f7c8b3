package org.rollcall.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.limits.control.LimitValues;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.limits.entity.SiteLimits;

class LimitsPatchTest {

    private static SiteLimits current() {
        SiteLimits limits = new SiteLimits();
        limits.setSessionsLimit(20);
        limits.setPerUserLimit(3);
        limits.setPerUserMode(PerUserMode.REFUSE);
        limits.setDanglingThreshold(Duration.ofMinutes(45));
        limits.setDanglingPolicy(DanglingPolicy.COUNT);
        return limits;
    }

    @Test
    void fieldsLeftOutKeepTheirValuesAndNullRemovesALimit() throws InvalidRequest {
        LimitValues values = LimitsPatch.parse("{\"perUserLimit\": null, \"danglingPolicy\": \"RECLAIM\"}")
                .applyTo(current());
        assertEquals(new LimitValues(20, null, PerUserMode.REFUSE, 45L, DanglingPolicy.RECLAIM), values);
        assertEquals(new LimitValues(20, 3, PerUserMode.REFUSE, 45L, DanglingPolicy.COUNT),
                LimitsPatch.parse("{}").applyTo(current()), "an empty patch changes nothing");
    }

    @Test
    void everyMistakeIsNamedWithItsField() {
        InvalidRequest invalid = assertThrows(InvalidRequest.class, () -> LimitsPatch.parse("{\"sessionsLimit\": "
                + "\"ten\", \"perUserMode\": \"SOMETIMES\", \"danglingMinutes\": 1.5, \"colour\": 1, "
                + "\"perUserLimit\": 99999999999}"));
        assertEquals(List.of("colour", "danglingMinutes", "perUserLimit", "perUserMode", "sessionsLimit"),
                invalid.errors().stream().map(InvalidRequest.FieldError::field).toList());
        assertEquals("perUserMode must be one of REFUSE, END_LONGEST_IDLE.", invalid.errors().get(3).detail());
    }

    @Test
    void aBodyThatIsNoJsonObjectIsRefusedWhole() {
        for (String body : new String[] {null, "", "  ", "[1]", "25", "{\"sessionsLimit\": 2", "sessionsLimit=2"}) {
            InvalidRequest invalid = assertThrows(InvalidRequest.class, () -> LimitsPatch.parse(body), body);
            assertEquals("body", invalid.errors().get(0).field(), body);
        }
    }
}
