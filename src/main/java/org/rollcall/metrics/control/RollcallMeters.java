package org.rollcall.metrics.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.DoubleStream;
import org.rollcall.activity.control.SignInRecorded;
import org.rollcall.activity.entity.Refusal;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.control.Usage;
import org.rollcall.sessions.control.ExpiredSessionSweeper;
import org.rollcall.sessions.control.NodeIdentity;
import org.rollcall.sessions.control.SessionChecked;

/**
 * Rollcall's meters, in a registry of its own (not the server's, which differs from server to server).
 * <p>
 * Site-wide gauges (live and dangling sessions, the limit in force) are read from the database when scraped, at
 * most a few seconds old, and carry no node: every node reports the same. Counters and timings are this node's,
 * labelled {@code node} with the name it writes on its rows ({@code starting} for what happened before its first
 * request settled it: a sweep at start), so a scrape through a load balancer still tells nodes apart and Prometheus can sum them.
 */
@ApplicationScoped
public class RollcallMeters {

    /**
     * The session check's histogram buckets: a dozen, from a row read on a local database to one under strain (a
     * percentile histogram would write some seventy per node).
     */
    private static final Duration[] CHECK_BUCKETS = DoubleStream.of(0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000,
                    2500, 5000)
            .mapToObj(millis -> Duration.ofNanos((long) (millis * 1_000_000)))
            .toArray(Duration[]::new);

    @Inject
    LimitSettings limitSettings;

    @Inject
    NodeIdentity node;

    private PrometheusMeterRegistry registry;

    @PostConstruct
    void register() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Gauge.builder("rollcall.sessions.live", this, meters -> meters.usage().inUse())
                .description("Live sessions on the site: not ended, not expired (all nodes)")
                .strongReference(true)
                .register(registry);
        Gauge.builder("rollcall.sessions.dangling", this, meters -> meters.usage().dangling())
                .description("Live sessions idle beyond the dangling threshold (all nodes)")
                .strongReference(true)
                .register(registry);
        Gauge.builder("rollcall.sessions.limit", this,
                        meters -> meters.usage().limit().map(Integer::doubleValue).orElse(Double.NaN))
                .description("The limit in force: the lower of the provider's cap and the site limit; NaN for none")
                .strongReference(true)
                .register(registry);
    }

    private Usage usage() {
        return limitSettings.usage();
    }

    /**
     * The registry's figures in Prometheus' text format (0.0.4). Each counter of this node is there from the first
     * scrape, at zero if nothing happened yet, so a rate over it works from the start.
     */
    public String scrape() {
        node.known().ifPresent(name -> {
            signIns(name);
            for (Refusal reason : Refusal.values()) {
                refusals(name, reason);
            }
            deletedRows(name);
        });
        return registry.scrape();
    }

    /** How long one request's session check took (its database read, and the activity write when due). */
    void sessionChecked(@Observes SessionChecked check) {
        Timer.builder("rollcall.guard.check")
                .description("Time to check a request's session row (this node)")
                .tag("node", nodeName())
                .serviceLevelObjectives(CHECK_BUCKETS)
                .register(registry)
                .record(Duration.ofNanos(check.nanos()));
    }

    void signInRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignInRecorded signIn) {
        signIn.refusal().map(why -> refusals(nodeName(), why)).orElseGet(() -> signIns(nodeName())).increment();
    }

    private Counter signIns(String nodeName) {
        return Counter.builder("rollcall.sign.ins")
                .description("Sign-ins admitted (this node)")
                .tag("node", nodeName)
                .register(registry);
    }

    private Counter refusals(String nodeName, Refusal why) {
        return Counter.builder("rollcall.sign.ins.refused")
                .description("Sign-ins refused, by reason (this node)")
                .tag("node", nodeName)
                .tag("reason", why.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private Counter deletedRows(String nodeName) {
        return Counter.builder("rollcall.sweep.deleted.rows")
                .description("Expired session rows the sweeps deleted (this node)")
                .tag("node", nodeName)
                .register(registry);
    }

    void swept(@Observes ExpiredSessionSweeper.Sweep sweep) {
        Timer.builder("rollcall.sweep")
                .description("Sweeps of expired session rows (this node)")
                .tag("node", nodeName())
                .register(registry)
                .record(sweep.took());
        deletedRows(nodeName()).increment(sweep.rows());
    }

    private String nodeName() {
        return node.known().orElse("starting");
    }
}
