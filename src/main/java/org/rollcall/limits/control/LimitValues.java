package org.rollcall.limits.control;

import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;

/**
 * The limit settings as a manager submits them; {@code null} limits mean "none", a {@code null} dangling threshold
 * "the default" (half the idle timeout).
 */
public record LimitValues(Integer sessionsLimit, Integer perUserLimit, PerUserMode perUserMode,
        Long danglingMinutes, DanglingPolicy danglingPolicy) {
}
