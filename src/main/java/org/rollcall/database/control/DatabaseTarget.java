package org.rollcall.database.control;

import java.util.Optional;
import org.rollcall.platform.control.RollcallSettings;

/**
 * Where Rollcall keeps its data, as the settings say: a server-defined datasource by JNDI name, a PostgreSQL or
 * MariaDB database by URL, or (nothing set) embedded Derby. Also says, for messages, which settings chose it,
 * so a wrong value is named in the one line an operator reads.
 */
public record DatabaseTarget(Kind kind, String location, Optional<String> user) {

    public enum Kind {
        EMBEDDED_DERBY, URL, JNDI
    }

    public static DatabaseTarget of(RollcallSettings settings) {
        Optional<String> jndi = settings.dbJndi();
        if (jndi.isPresent()) {
            return new DatabaseTarget(Kind.JNDI, jndi.get(), Optional.empty());
        }
        return settings.dbUrl().map(url -> new DatabaseTarget(Kind.URL, url, settings.dbUser()))
                .orElseGet(() -> new DatabaseTarget(Kind.EMBEDDED_DERBY, settings.dataDir(), Optional.empty()));
    }

    /** "jdbc:postgresql://db/rollcall (ROLLCALL_DB_URL) as user rollcall (ROLLCALL_DB_USER)", and the like. */
    public String describe() {
        return switch (kind) {
            case JNDI -> "the datasource " + location + " (" + env(RollcallSettings.DB_JNDI) + ")";
            case URL -> location + " (" + env(RollcallSettings.DB_URL) + ")"
                    + user.map(u -> " as user " + u + " (" + env(RollcallSettings.DB_USER) + ", password from "
                            + env(RollcallSettings.DB_PASSWORD) + ")")
                            .orElse(" with no user (" + env(RollcallSettings.DB_USER) + " is not set)");
            case EMBEDDED_DERBY -> "embedded Derby in " + EmbeddedDerby.databaseName(location) + " ("
                    + env(RollcallSettings.DATA_DIR) + ")";
        };
    }

    private static String env(String setting) {
        return RollcallSettings.environmentName(setting);
    }
}
