package org.rollcall.database.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this release needs, with Flyway and one script set per database
 * ({@code db/migration/<database>/}), before JPA reads or writes a row; JPA schema generation is off.
 * <p>
 * A database made by Rollcall 0.1 (by JPA schema generation, so without migration history) is recognised by its
 * {@code user_session} table and taken over as version 1, the schema 0.1 made; every later migration runs on
 * it as on a new database. Any other non-empty schema without history is refused by Flyway rather than
 * guessed at. Several nodes starting at once are serialised by Flyway's own database lock.
 */
final class SchemaMigration {

    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final String TABLE_OF_RELEASE_0_1 = "user_session";

    /** What a migration did: on which database, how many scripts ran, and whether 0.1's schema was taken over. */
    record Outcome(SupportedDatabase database, int applied, String version, boolean takenOver) {
    }

    private SchemaMigration() {
    }

    static Outcome migrate(DataSource dataSource) throws SQLException {
        SupportedDatabase database;
        boolean takeOver;
        try (Connection connection = dataSource.getConnection()) {
            database = SupportedDatabase.of(connection.getMetaData().getDatabaseProductName());
            Set<String> tables = tableNames(connection);
            takeOver = !tables.contains(HISTORY_TABLE) && tables.contains(TABLE_OF_RELEASE_0_1);
        }
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + database.scripts())
                .table(HISTORY_TABLE)
                .baselineOnMigrate(takeOver)
                .baselineVersion("1")
                .baselineDescription("Rollcall 0.1 schema, made by JPA schema generation")
                .load();
        MigrateResult result = flyway.migrate();
        // The database's version, not the last one this node applied: Flyway locks per migration, so a node
        // starting beside another may apply only the first few and find the rest done by the other.
        MigrationInfo current = flyway.info().current();
        String version = current != null && current.getVersion() != null ? current.getVersion().getVersion()
                : result.initialSchemaVersion;
        return new Outcome(database, result.migrationsExecuted, version, takeOver);
    }

    /**
     * The latest version the database's history records as applied: what another node (or an operator) last
     * migrated it to. Flyway names the table and its columns in lower case, quoted where the database folds case.
     */
    static Optional<String> recordedVersion(Connection connection, SupportedDatabase database) throws SQLException {
        String q = database == SupportedDatabase.MARIADB ? "`" : "\"";
        String sql = "SELECT " + q + "version" + q + " FROM " + q + HISTORY_TABLE + q + " WHERE " + q + "success" + q
                + " = TRUE AND " + q + "version" + q + " IS NOT NULL ORDER BY " + q + "installed_rank" + q + " DESC";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setMaxRows(1);
            query.setQueryTimeout(5);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The tables of the connection's own schema, lower-cased (Derby reports names in upper case). */
    private static Set<String> tableNames(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        DatabaseMetaData metaData = connection.getMetaData();
        try (ResultSet tables = metaData.getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
