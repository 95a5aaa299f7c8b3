package org.rollcall.database.control;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rollcall.platform.control.RollcallSettings;

class RollcallDataSourceTest {

    @Test
    void aDatabaseRollcallHasNoMigrationsForIsRefusedByName() {
        RollcallSettings settings = RollcallSettings.of(Map.of("rollcall.db-url", "jdbc:oracle:thin:@db:1521/x"));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RollcallDataSource.open(DatabaseTarget.of(settings), settings));

        assertTrue(refused.getMessage().startsWith("ROLLCALL_DB_URL must be a PostgreSQL or MariaDB JDBC URL"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("jdbc:oracle:thin:@db:1521/x"), refused.getMessage());
    }

    @Test
    void theBuiltInDatasourceIsNotUsedWhenTheServersIsNamed() {
        RollcallSettings settings = RollcallSettings.of(Map.of("rollcall.db-jndi", "jdbc/rollcall"));

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RollcallDataSource.open(DatabaseTarget.of(settings), settings));

        assertTrue(refused.getMessage().contains("jdbc/rollcall (ROLLCALL_DB_JNDI)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("on WildFly set ROLLCALL_DB_URL"),
                "says what works where the provider ignores the name: " + refused.getMessage());
    }
}
