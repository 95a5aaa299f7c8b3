package org.rollcall.database.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SupportedDatabaseTest {

    @Test
    void theDriversProductNamesChooseTheScripts() {
        assertEquals("derby", SupportedDatabase.of("Apache Derby").scripts());
        assertEquals("postgresql", SupportedDatabase.of("PostgreSQL").scripts());
        assertEquals("mariadb", SupportedDatabase.of("MariaDB").scripts());
    }

    @Test
    void everySupportedDatabaseHasAFirstMigration() {
        for (SupportedDatabase database : SupportedDatabase.values()) {
            String script = "db/migration/" + database.scripts() + "/V1__schema_of_rollcall_0_1.sql";
            assertTrue(getClass().getClassLoader().getResource(script) != null, script);
        }
    }

    @Test
    void anotherDatabaseIsRefusedByName() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SupportedDatabase.of("MySQL"));

        assertTrue(refused.getMessage().contains("MySQL"), refused.getMessage());
    }

    @Test
    void theDatabasesOwnWordsAreWhatAnOperatorReads() {
        Exception wrapped = new RuntimeException("Error in allocating a connection",
                new java.sql.SQLException("FATAL: password authentication failed for user \"rc\""));

        assertEquals("FATAL: password authentication failed for user \"rc\".", DatabaseStartup.rootMessage(wrapped));
    }
}
