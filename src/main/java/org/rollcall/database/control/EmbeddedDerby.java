package org.rollcall.database.control;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.rollcall.platform.control.RollcallSettings;

/** The default database: embedded Derby in the directory {@link RollcallSettings#dataDir()} names. */
final class EmbeddedDerby {

    private EmbeddedDerby() {
    }

    static DataSource in(String dataDir) {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(databaseName(dataDir));
        derby.setCreateDatabase("create");
        return derby;
    }

    static String databaseName(String dataDir) {
        if (dataDir.startsWith(RollcallSettings.IN_MEMORY)) {
            return "memory:rollcall";
        }
        return Path.of(dataDir).toAbsolutePath().resolve("rollcall").toString();
    }
}
