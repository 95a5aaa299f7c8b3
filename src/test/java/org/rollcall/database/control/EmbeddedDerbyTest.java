package org.rollcall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedDerbyDataSourceTest {

    @Test
    void theDatabaseLivesInTheDataDirectory() {
        assertEquals(Path.of("/srv/rollcall/rollcall").toString(),
                EmbeddedDerbyDataSource.databaseName("/srv/rollcall"));
    }

    @Test
    void aRelativeDataDirectoryIsResolvedAgainstTheWorkingDirectory() {
        assertEquals(Path.of("data").toAbsolutePath().resolve("rollcall").toString(),
                EmbeddedDerbyDataSource.databaseName("data"));
    }

    @Test
    void memoryKeepsTheDatabaseInMemory() {
        assertEquals("memory:rollcall", EmbeddedDerbyDataSource.databaseName("memory:"));
    }
}
