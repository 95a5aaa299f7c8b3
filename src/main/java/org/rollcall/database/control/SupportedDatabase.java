package org.rollcall.database.control;

import java.util.Locale;

/** The databases Rollcall has migrations and tests for, told apart by what the driver says the product is. */
public enum SupportedDatabase {

    DERBY("derby", "Derby"), POSTGRESQL("postgresql", "PostgreSQL"), MARIADB("mariadb", "MariaDB");

    private static volatile SupportedDatabase inUse;

    private final String scripts;
    private final String displayName;

    SupportedDatabase(String scripts, String displayName) {
        this.scripts = scripts;
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The folder of this database's migration scripts under {@code db/migration/}. */
    public String scripts() {
        return scripts;
    }

    /**
     * The database this node uses, for the few queries written for one database's planner: known from before
     * JPA's first query, since the schema is made current on the first connection.
     */
    public static SupportedDatabase inUse() {
        SupportedDatabase database = inUse;
        if (database == null) {
            throw new IllegalStateException("The database is not open yet");
        }
        return database;
    }

    static void opened(SupportedDatabase database) {
        inUse = database;
    }

    static SupportedDatabase of(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return DERBY;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("mariadb")) {
            return MARIADB;
        }
        throw new IllegalStateException("Rollcall runs on PostgreSQL, MariaDB or embedded Derby, not on "
                + productName + ".");
    }
}
