package org.rollcall.monitor.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * How many live sessions pass a manager's filter, reused on this node for a few seconds: the grid shows the
 * count with every page and every sort, and a filter that most of 100,000 sessions pass costs as many rows to
 * count (the page itself reads twenty). Kept per filter as typed, not per instant: a dangling filter's threshold
 * moves with the clock, and a count five seconds old is what the usage line shows too. Forgotten when a manager
 * ends sessions on this node, so the page that did it shows its effect.
 */
@ApplicationScoped
public class RecentCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);
    /** More filters than this in five seconds is not a person at a grid; start over rather than grow. */
    static final int MOST_FILTERS = 256;

    private record Filter(Optional<String> owner, String user, String ip, boolean danglingOnly) {

        static Filter of(SessionFilter filter) {
            return new Filter(filter.owner(), stripped(filter.user()), stripped(filter.ip()), filter.danglingOnly());
        }

        private static String stripped(String text) {
            return text == null ? "" : text.strip();
        }
    }

    private record Counted(long count, Instant at) {
    }

    @Inject
    Clock clock;

    private final Map<Filter, Counted> counts = new ConcurrentHashMap<>();

    public long count(SessionFilter filter, ToLongFunction<SessionFilter> count) {
        Instant now = clock.instant();
        Filter key = Filter.of(filter);
        Counted counted = counts.get(key);
        if (counted != null && now.isBefore(counted.at().plus(FRESH_FOR)) && !now.isBefore(counted.at())) {
            return counted.count();
        }
        long fresh = count.applyAsLong(filter);
        if (counts.size() >= MOST_FILTERS) {
            counts.clear();
        }
        counts.put(key, new Counted(fresh, now));
        return fresh;
    }

    public void forget() {
        counts.clear();
    }
}
