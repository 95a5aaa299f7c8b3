package org.rollcall.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Makes the settings and the clock injectable, read once per deployment. */
@ApplicationScoped
public class SettingsProducer {

    private final RollcallSettings settings = RollcallSettings.fromEnvironment();

    @Produces
    RollcallSettings settings() {
        return settings;
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
