package org.rollcall.database.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.rollcall.platform.control.RollcallSettings;

/**
 * The datasource {@code web.xml} declares: the server wraps it in its own connection pool and enlists its
 * connections in JTA transactions, and this class only decides where connections come from.
 * <p>
 * A datasource declared in a descriptor can't read the environment portably, but every server instantiates its
 * class by name; so the class itself reads {@code ROLLCALL_DB_URL} (or {@code ROLLCALL_DATA_DIR}) and the same
 * WAR runs on any database without a rebuild or server-side set-up. Embedded Derby is only touched when no URL
 * is set. With {@code ROLLCALL_DB_JNDI} the persistence unit and the migrations use the server's datasource
 * instead, and this one refuses every connection, so a mistake can't write to a database nobody reads.
 * <p>
 * No connection leaves this class before the schema is current: the migrations run on the first request for
 * one, which the server makes while it deploys the persistence unit.
 */
public class RollcallDataSource implements DataSource {

    private final DatabaseTarget where;
    private final RollcallSettings settings;

    public RollcallDataSource() {
        this(RollcallSettings.fromEnvironment());
    }

    RollcallDataSource(RollcallSettings settings) {
        this.settings = settings;
        this.where = DatabaseTarget.of(settings);
    }

    /** The database the settings name, not yet connected to; a setting that can't work is refused by name. */
    static DataSource open(DatabaseTarget where, RollcallSettings settings) throws SQLException {
        return switch (where.kind()) {
            case EMBEDDED_DERBY -> EmbeddedDerby.in(where.location());
            case URL -> byUrl(where.location(), settings);
            case JNDI -> throw new IllegalStateException(notUsed(where));
        };
    }

    /** Asked for a connection anyway: the JPA provider didn't apply the JNDI name (Hibernate, on WildFly). */
    private static String notUsed(DatabaseTarget where) {
        return "Rollcall uses " + where.describe() + "; its built-in datasource is not used. Only EclipseLink (Payara, "
                + "GlassFish) applies " + RollcallSettings.environmentName(RollcallSettings.DB_JNDI) + "; on WildFly "
                + "set " + RollcallSettings.environmentName(RollcallSettings.DB_URL) + " and its user and password instead.";
    }

    private static DataSource byUrl(String url, RollcallSettings settings) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:mariadb:")) {
            throw new IllegalStateException(RollcallSettings.environmentName(RollcallSettings.DB_URL) + " must be a "
                    + "PostgreSQL or MariaDB JDBC URL (jdbc:postgresql://host:5432/db or jdbc:mariadb://host:3306/db), "
                    + "not '" + url + "'.");
        }
        String user = settings.dbUser().orElse(null);
        String password = settings.dbPassword().orElse(null);
        if (lower.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        try {
            MariaDbDataSource mariaDb = new MariaDbDataSource(url);
            mariaDb.setUser(user);
            mariaDb.setPassword(password);
            return mariaDb;
        } catch (SQLException e) {
            throw new IllegalStateException("Setting " + RollcallSettings.environmentName(RollcallSettings.DB_URL)
                    + " is not a valid MariaDB URL: " + e.getMessage(), e);
        }
    }

    /** The database, its schema current: the first connection waits for both (see {@link DatabaseStartup}). */
    private DataSource target() throws SQLException {
        if (where.kind() == DatabaseTarget.Kind.JNDI) {
            throw new SQLException(notUsed(where)); // at once: waiting would never help
        }
        if (where.kind() == DatabaseTarget.Kind.EMBEDDED_DERBY && EmbeddedDerby.stopped()) {
            throw new SQLException("Rollcall is being undeployed; its embedded database is shut down.");
        }
        return DatabaseStartup.awaitSchema(() -> open(where, settings), where.describe());
    }

    /** Ignored: the database comes from the settings, not from a name the server passes. */
    public void setDatabaseName(String ignored) {
        // Some servers pass the descriptor's defaults to every datasource class.
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    /**
     * The credentials come from the settings: a server that passes none of its own (WildFly passes nulls,
     * GlassFish empty strings, as {@code web.xml} names no user) gets a connection made with those.
     */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (username == null || username.isEmpty()) {
            return getConnection();
        }
        return target().getConnection(username, password);
    }

    /** Drivers log through their own loggers; a server's log writer is not passed on. */
    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // see getLogWriter
    }

    /** The drivers' own connect timeouts apply (PostgreSQL 10 s, MariaDB 30 s). */
    @Override
    public void setLoginTimeout(int seconds) {
        // see getLoginTimeout
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("Rollcall's datasource logs through its drivers");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
