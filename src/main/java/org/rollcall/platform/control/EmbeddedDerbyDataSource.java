package org.rollcall.platform.control;

import java.nio.file.Path;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The default datasource: embedded Derby in the directory {@link RollcallSettings#dataDir()} names.
 * <p>
 * A datasource declared in {@code web.xml} can't read the environment portably, but every server instantiates
 * its class by name; so the class itself picks the directory, and the same WAR runs unchanged on Payara,
 * GlassFish and WildFly.
 */
public class EmbeddedDerbyDataSource extends EmbeddedDataSource {

    private static final long serialVersionUID = 1L;

    public EmbeddedDerbyDataSource() {
        setDatabaseName(databaseName(RollcallSettings.fromEnvironment().dataDir()));
        setCreateDatabase("create");
    }

    static String databaseName(String dataDir) {
        if (dataDir.startsWith(RollcallSettings.IN_MEMORY)) {
            return "memory:rollcall";
        }
        return Path.of(dataDir).toAbsolutePath().resolve("rollcall").toString();
    }

    /** The directory comes from the settings; a server that passes a name of its own doesn't override it. */
    @Override
    public void setDatabaseName(String databaseName) {
        if (getDatabaseName() == null) {
            super.setDatabaseName(databaseName);
        }
    }
}
