package org.rollcall.database.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.platform.control.RollcallSettings;

class DatabaseTargetTest {

    @Test
    void nothingSetMeansEmbeddedDerbyInTheDataDirectory() {
        DatabaseTarget target = DatabaseTarget.of(RollcallSettings.of(Map.of("rollcall.data-dir", "/srv/rc")));

        assertEquals(DatabaseTarget.Kind.EMBEDDED_DERBY, target.kind());
        assertEquals("embedded Derby in /srv/rc/rollcall (ROLLCALL_DATA_DIR)", target.describe());
    }

    @Test
    void aUrlNamesTheSettingsAnOperatorMustCheck() {
        DatabaseTarget target = DatabaseTarget.of(RollcallSettings.of(Map.of(
                "rollcall.db-url", "jdbc:postgresql://db:5432/rollcall", "rollcall.db-user", "rc")));

        assertEquals(DatabaseTarget.Kind.URL, target.kind());
        assertEquals("jdbc:postgresql://db:5432/rollcall (ROLLCALL_DB_URL) as user rc (ROLLCALL_DB_USER, "
                + "password from ROLLCALL_DB_PASSWORD)", target.describe());
    }

    @Test
    void aUrlWithoutAUserSaysSo() {
        DatabaseTarget target = DatabaseTarget.of(RollcallSettings.of(Map.of(
                "rollcall.db-url", "jdbc:mariadb://db/rollcall")));

        assertTrue(target.describe().endsWith("with no user (ROLLCALL_DB_USER is not set)"), target.describe());
    }

    @Test
    void aJndiNameWinsOverAUrl() {
        DatabaseTarget target = DatabaseTarget.of(RollcallSettings.of(Map.of(
                "rollcall.db-jndi", "jdbc/rollcall", "rollcall.db-url", "jdbc:postgresql://db/rollcall")));

        assertEquals(DatabaseTarget.Kind.JNDI, target.kind());
        assertEquals("the datasource jdbc/rollcall (ROLLCALL_DB_JNDI)", target.describe());
    }
}
