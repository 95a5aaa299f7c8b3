package org.rollcall.database.control;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes the schema current before the first connection is handed to JPA, waiting for the database if it isn't
 * there yet.
 * <p>
 * The first connection is asked for while the server deploys the persistence unit, before any bean of Rollcall
 * runs; a database that can't be reached then would fail the deployment with pages of stack traces and leave
 * the server up without the application. Instead the first connection waits: one clear line per attempt names
 * the setting and what the database said, attempts back off from {@link #FIRST_RETRY} to {@link #LAST_RETRY},
 * and Rollcall starts by itself once the database answers (a database started after Rollcall, a password
 * fixed on the server). After that first success, connections fail at once when the database is down, and the
 * pages say so.
 */
final class DatabaseStartup {

    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    private static final Object LOCK = new Object();
    private static volatile DataSource opened;
    private static volatile String schemaVersion;

    private DatabaseStartup() {
    }

    /**
     * Opens the database and makes its schema current, retrying until both work; returns at once after the first
     * success. Opening is retried too, so a malformed URL or an unknown JNDI name is one clear line as well.
     */
    static DataSource awaitSchema(Callable<DataSource> open, String description) {
        DataSource ready = opened;
        if (ready != null) {
            return ready;
        }
        synchronized (LOCK) {
            Duration pause = FIRST_RETRY;
            for (int attempt = 1; opened == null; attempt++) {
                try {
                    DataSource dataSource = open.call();
                    SchemaMigration.Outcome outcome = SchemaMigration.migrate(dataSource);
                    SupportedDatabase.opened(outcome.database());
                    LOG.log(Level.INFO, "Rollcall uses {0}: {1}, schema version {2}{3}.", new Object[] {
                        description, outcome.database().displayName(), outcome.version(), whatWasDone(outcome)});
                    schemaVersion = outcome.version();
                    opened = dataSource;
                } catch (Exception e) { // whatever the driver or Flyway throws: one line, then wait and retry
                    LOG.log(attempt == 1 ? Level.SEVERE : Level.WARNING, "Rollcall can''t use its database, {0}: "
                            + "{1} Rollcall starts once it can; trying again in {2} s (attempt {3}).",
                            new Object[] {description, rootMessage(e), pause.toSeconds(), attempt});
                    sleep(pause);
                    pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
                }
            }
            return opened;
        }
    }

    /** The schema version this node brought its database to; empty while it waits for the database. */
    static Optional<String> schemaVersion() {
        return Optional.ofNullable(schemaVersion);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }

    /** What the migration did, for the start-up line: taken over from 0.1, migrated, or nothing to do. */
    private static String whatWasDone(SchemaMigration.Outcome outcome) {
        String applied = outcome.applied() + " migration(s) applied";
        if (outcome.takenOver()) {
            return " (a database made by Rollcall 0.1, taken over as version 1"
                    + (outcome.applied() > 0 ? ", then " + applied : "") + ")";
        }
        return outcome.applied() > 0 ? " (" + applied + ")" : "";
    }

    /** The innermost message: what the database or driver said, not what each wrapper made of it. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        return message.endsWith(".") ? message : message + ".";
    }
}
