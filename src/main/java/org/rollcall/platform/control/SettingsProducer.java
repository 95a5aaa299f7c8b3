package org.rollcall.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Makes the settings, the trusted proxies and the clock injectable, read once per deployment. */
@ApplicationScoped
public class SettingsProducer {

    private final RollcallSettings settings = RollcallSettings.fromEnvironment();
    private final TrustedProxies trustedProxies = settings.trustedProxies();

    @Produces
    RollcallSettings settings() {
        return settings;
    }

    @Produces
    TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
