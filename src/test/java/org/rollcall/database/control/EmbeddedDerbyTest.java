package org.rollcall.database.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDerbyTest {

    @Test
    void theDatabaseLivesInTheDataDirectory() {
        assertEquals(Path.of("/srv/rollcall/rollcall").toString(),
                EmbeddedDerby.databaseName("/srv/rollcall"));
    }

    @Test
    void aRelativeDataDirectoryIsResolvedAgainstTheWorkingDirectory() {
        assertEquals(Path.of("data").toAbsolutePath().resolve("rollcall").toString(),
                EmbeddedDerby.databaseName("data"));
    }

    @Test
    void memoryKeepsTheDatabaseInMemory() {
        assertEquals("memory:rollcall", EmbeddedDerby.databaseName("memory:"));
    }

    @Test
    void shuttingDownReleasesTheDatabaseForTheNextDeployment(@TempDir Path dataDir) throws SQLException {
        DataSource derby = EmbeddedDerby.in(dataDir.toString());
        try (Connection connection = derby.getConnection()) {
            assertTrue(connection.isValid(1));
        }
        Path lock = dataDir.resolve("rollcall").resolve("db.lck");
        assertTrue(Files.exists(lock), "a booted database is locked against other Derby engines");

        EmbeddedDerby.shutDownBooted();

        assertFalse(Files.exists(lock), "the lock is gone, so another class loader's Derby can boot it");
    }

    @Test
    void anInMemoryDatabaseIsDroppedNotKept() throws SQLException {
        try (Connection connection = EmbeddedDerby.in("memory:").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept_until_shutdown (id INT)");
        }

        EmbeddedDerby.shutDownBooted();

        try (Connection connection = EmbeddedDerby.in("memory:").getConnection();
                Statement statement = connection.createStatement()) {
            SQLException gone = assertThrows(SQLException.class,
                    () -> statement.executeQuery("SELECT id FROM kept_until_shutdown"));
            assertEquals("42X05", gone.getSQLState(), "a new, empty database: " + gone.getMessage());
        } finally {
            EmbeddedDerby.shutDownBooted();
        }
    }
}
