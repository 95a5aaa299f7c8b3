package org.rollcall.limits.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The arithmetic of limits, kept apart from the database so it can be checked on its own. */
public final class LimitRules {

    private LimitRules() {
    }

    /** The limit in force: the lower of the provider's cap and the site's own limit; none if neither is set. */
    public static Optional<Integer> effective(Optional<Integer> providerCap, Optional<Integer> siteLimit) {
        if (providerCap.isEmpty()) {
            return siteLimit;
        }
        if (siteLimit.isEmpty()) {
            return providerCap;
        }
        return Optional.of(Math.min(providerCap.get(), siteLimit.get()));
    }

    /** Whether {@code counted} sessions leave a seat for one more. */
    public static boolean full(long counted, Optional<Integer> limit) {
        return limit.isPresent() && counted >= limit.get();
    }

    /**
     * What is wrong with submitted settings, given the provider's cap and the session lifetime (a session can't
     * be idle longer than it lives, so no threshold needs to be); empty when they can be saved.
     */
    public static List<InvalidLimits.Problem> problems(LimitValues values, Optional<Integer> providerCap,
            Duration lifetime) {
        List<InvalidLimits.Problem> problems = new ArrayList<>();
        Integer siteLimit = values.sessionsLimit();
        if (siteLimit != null && siteLimit < 1) {
            problems.add(new InvalidLimits.Problem("sessionsLimit", "settings.invalid.atLeastOne"));
        } else if (siteLimit != null && providerCap.isPresent() && siteLimit > providerCap.get()) {
            problems.add(new InvalidLimits.Problem("sessionsLimit", "settings.invalid.aboveCap", providerCap.get()));
        }
        if (values.perUserLimit() != null && values.perUserLimit() < 1) {
            problems.add(new InvalidLimits.Problem("perUserLimit", "settings.invalid.atLeastOne"));
        }
        long maxMinutes = Math.max(1, lifetime.toMinutes());
        Long danglingMinutes = values.danglingMinutes(); // none: it follows the idle timeout
        if (danglingMinutes != null && (danglingMinutes < 1 || danglingMinutes > maxMinutes)) {
            problems.add(new InvalidLimits.Problem("danglingMinutes", "settings.invalid.danglingMinutes", maxMinutes));
        }
        if (values.perUserMode() == null) {
            problems.add(new InvalidLimits.Problem("perUserMode", "settings.invalid.required"));
        }
        if (values.danglingPolicy() == null) {
            problems.add(new InvalidLimits.Problem("danglingPolicy", "settings.invalid.required"));
        }
        return problems;
    }
}
