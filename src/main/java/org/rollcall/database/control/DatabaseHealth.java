package org.rollcall.database.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Whether this node can serve requests: its database answers and holds the schema this release migrated it to.
 * <p>
 * Anyone may ask (load balancers don't sign in), so asking must not cost the pages their connections: one check
 * at a time takes a pooled connection, and its answer serves every question for {@link #FRESH_FOR}; a question
 * asked while a check is running gets the last answer. A node that has never reached its database is not ready,
 * at once, without waiting for it.
 */
@ApplicationScoped
public class DatabaseHealth {

    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());
    private static final int CHECK_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/rollcall")
    DataSource dataSource;

    private final ReentrantLock checking = new ReentrantLock();

    /** The last answer and when it was found (nanoTime); none yet is "ready", so only a failure is logged at first. */
    private volatile Answer last = new Answer(true, System.nanoTime() - FRESH_FOR.toNanos() - 1);

    private record Answer(boolean ready, long at) {
    }

    public boolean ready() {
        Answer known = last;
        if (System.nanoTime() - known.at() < FRESH_FOR.toNanos() || !checking.tryLock()) {
            return known.ready();
        }
        try {
            Optional<String> notReady = whyNotReady();
            if (notReady.isPresent() == known.ready()) { // said once per change, not once a second
                LOG.log(notReady.isPresent() ? Level.WARNING : Level.INFO, "{0}", notReady.orElse("Ready again."));
            }
            last = new Answer(notReady.isEmpty(), System.nanoTime());
            return notReady.isEmpty();
        } finally {
            checking.unlock();
        }
    }

    private Optional<String> whyNotReady() {
        Optional<String> migrated = DatabaseStartup.schemaVersion();
        if (migrated.isEmpty()) {
            return Optional.of("Not ready: still waiting for the database.");
        }
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> recorded = connection.isValid(CHECK_SECONDS)
                    ? SchemaMigration.recordedVersion(connection, SupportedDatabase.inUse()) : Optional.empty();
            return recorded.equals(migrated) ? Optional.empty() : Optional.of("Not ready: the database's schema is "
                    + "version " + recorded.orElse("unknown") + ", this node's " + migrated.get() + ".");
        } catch (SQLException | RuntimeException e) { // pool, driver or network: not ready, whichever
            return Optional.of("Not ready: the database can't be reached: " + e);
        }
    }
}
