package org.rollcall.database.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
}
