package org.rollcall.limits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The usage figures of this node, reused for a few seconds: counting a hundred thousand live sessions three
 * ways costs more than the page that shows them, and the figures change by the second anyway. Sign-ins and
 * sign-outs show within {@link #FRESH_FOR}; what a manager does to them on this node (sessions ended, new limits)
 * makes it count afresh at once, so the page that did it shows its effect. Not forgotten at every sign-in: each
 * lands on the home page, which shows the live count, and a storm of sign-ins would count at every one.
 */
@ApplicationScoped
public class RecentUsage {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Counted(Usage usage, Instant at) {
    }

    @Inject
    Clock clock;

    private volatile Counted last;

    public Usage get(Supplier<Usage> count) {
        Instant now = clock.instant();
        Counted counted = last;
        if (counted != null && now.isBefore(counted.at().plus(FRESH_FOR)) && !now.isBefore(counted.at())) {
            return counted.usage();
        }
        Usage usage = count.get();
        last = new Counted(usage, now);
        return usage;
    }

    public void forget() {
        last = null;
    }
}
