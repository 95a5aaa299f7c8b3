package org.rollcall.database.control;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.rollcall.platform.control.RollcallSettings;

/**
 * The default database: embedded Derby in the directory {@link RollcallSettings#dataDir()} names.
 * <p>
 * Derby runs inside the WAR's class loader, so a database this deployment booted stays locked until it is shut
 * down: a redeployment (WildFly, GlassFish, Payara Server) would otherwise be refused with {@code XSDB6} until the
 * whole server restarts. The deployment therefore remembers what it booted and shuts it down when it stops.
 */
public final class EmbeddedDerby {

    private static final Logger LOG = Logger.getLogger(EmbeddedDerby.class.getName());
    /** Derby answers a clean shutdown of one database (or its drop) with this state, as an exception. */
    private static final String SHUT_DOWN = "08006";
    private static final Set<String> BOOTED = ConcurrentHashMap.newKeySet();
    /** Set at undeploy: a late connection (a timer, a session expiring) would boot the database again. */
    private static volatile boolean stopped;

    private EmbeddedDerby() {
    }

    /** Creates the database on first use; the pool's connections then never ask to create it (and warn). */
    static DataSource in(String dataDir) throws SQLException {
        String name = databaseName(dataDir);
        EmbeddedDataSource creating = named(name);
        creating.setCreateDatabase("create");
        try (Connection booting = creating.getConnection()) {
            BOOTED.add(name);
            stopped = false;
        }
        return named(name);
    }

    static String databaseName(String dataDir) {
        if (dataDir.startsWith(RollcallSettings.IN_MEMORY)) {
            return "memory:rollcall";
        }
        return Path.of(dataDir).toAbsolutePath().resolve("rollcall").toString();
    }

    /** Shuts down (an in-memory one: drops) every database this deployment booted; the next deployment boots it. */
    public static void shutDownBooted() {
        stopped = true;
        for (String name : BOOTED) {
            EmbeddedDataSource derby = named(name);
            if (name.startsWith("memory:")) {
                derby.setConnectionAttributes("drop=true");
            } else {
                derby.setShutdownDatabase("shutdown");
            }
            try (Connection unexpected = derby.getConnection()) {
                LOG.log(Level.WARNING, "Derby did not shut down the database {0}.", name);
            } catch (SQLException e) {
                if (SHUT_DOWN.equals(e.getSQLState())) {
                    LOG.log(Level.INFO, "Shut down the embedded Derby database {0}.", name);
                } else {
                    LOG.log(Level.WARNING, "Could not shut down the embedded Derby database {0}: {1}",
                            new Object[] {name, e.getMessage()});
                }
            }
            BOOTED.remove(name);
        }
    }

    /** Whether this deployment has shut its databases down: no connection may boot them again. */
    static boolean stopped() {
        return stopped;
    }

    private static EmbeddedDataSource named(String name) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(name);
        return derby;
    }
}
