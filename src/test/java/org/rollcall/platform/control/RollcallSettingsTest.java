package org.rollcall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollcallSettingsTest {

    private static RollcallSettings settings(Map<String, String> values) {
        return new RollcallSettings(values::get);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        RollcallSettings defaults = settings(Map.of());

        assertEquals(Duration.ofMinutes(30), defaults.idleTimeout());
        assertEquals(Duration.ofDays(14), defaults.lifetime());
        assertEquals(Duration.ofSeconds(60), defaults.activitySlot());
        assertEquals(Duration.ofMinutes(5), defaults.sweepInterval());
        assertEquals(500, defaults.sweepBatchSize());
        assertFalse(defaults.demo(), "demo users only when switched on");
        assertEquals(Optional.empty(), defaults.adminPassword());
        assertTrue(defaults.dataDir().endsWith(".rollcall/data"), defaults.dataDir());
        assertEquals(5, defaults.signInMaxFailures());
        assertEquals(20, defaults.signInMaxFailuresPerIp());
        assertEquals(Duration.ofSeconds(30), defaults.signInLockout());
        assertEquals(Duration.ofMinutes(15), defaults.signInMaxLockout());
        assertEquals(Duration.ofMinutes(15), defaults.signInFailureMemory());
        assertTrue(defaults.trustedProxies().isEmpty(), "no proxy is trusted unless named");
        assertEquals(SecureCookie.AUTO, defaults.secureCookie());
        assertEquals(Optional.empty(), defaults.dbUrl(), "embedded Derby unless a database is named");
        assertEquals(Optional.empty(), defaults.dbJndi());
        assertFalse(defaults.sessionReplication(), "a restarting node ends its leftovers unless told otherwise");
    }

    @Test
    void aDatabasePasswordIsTakenAsWrittenSpacesAndAll() {
        RollcallSettings settings = settings(Map.of("rollcall.db-password", " two words "));

        assertEquals(Optional.of(" two words "), settings.dbPassword());
    }

    @Test
    void theSecureCookieFollowsTheSwitchAndTrustedProxies() {
        TrustedProxies proxy = TrustedProxies.parse("10.0.0.5");
        assertFalse(SecureCookie.AUTO.always(TrustedProxies.NONE), "auto: the container decides per request");
        assertTrue(SecureCookie.AUTO.always(proxy), "auto behind a proxy that terminates TLS");
        assertTrue(SecureCookie.TRUE.always(TrustedProxies.NONE));
        assertFalse(SecureCookie.FALSE.always(proxy));
        assertEquals(SecureCookie.FALSE, settings(Map.of(RollcallSettings.SECURE_COOKIE, " False ")).secureCookie());
        assertThrows(IllegalStateException.class,
                () -> settings(Map.of(RollcallSettings.SECURE_COOKIE, "sometimes")).secureCookie());
    }

    @Test
    void durationsLongerThanTheClockCanHoldAreRefused() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> settings(Map.of(RollcallSettings.LIFETIME, "99999999d")).lifetime());
        assertTrue(error.getMessage().contains("ROLLCALL_LIFETIME"), error.getMessage());
        assertThrows(IllegalStateException.class,
                () -> settings(Map.of(RollcallSettings.SIGNIN_LOCKOUT, "999999999999999999d")).signInLockout());
        assertEquals(Duration.ofDays(3650), settings(Map.of(RollcallSettings.LIFETIME, "3650d")).lifetime());
    }

    @Test
    void readsEachSettingByItsName() {
        RollcallSettings set = settings(Map.of(
                RollcallSettings.IDLE_TIMEOUT, "10m",
                RollcallSettings.LIFETIME, "2d",
                RollcallSettings.ACTIVITY_SLOT, "30s",
                RollcallSettings.SWEEP_BATCH, "100",
                RollcallSettings.DEMO, "TRUE",
                RollcallSettings.ADMIN_PASSWORD, " s3cret ",
                RollcallSettings.DATA_DIR, "/srv/rollcall"));

        assertEquals(Duration.ofMinutes(10), set.idleTimeout());
        assertEquals(Duration.ofDays(2), set.lifetime());
        assertEquals(Duration.ofSeconds(30), set.activitySlot());
        assertEquals(100, set.sweepBatchSize());
        assertTrue(set.demo());
        assertEquals(Optional.of("s3cret"), set.adminPassword());
        assertEquals("/srv/rollcall", set.dataDir());
    }

    @Test
    void aBadValueNamesTheSettingAndItsVariable() {
        RollcallSettings bad = settings(Map.of(RollcallSettings.IDLE_TIMEOUT, "soon"));

        IllegalStateException error = assertThrows(IllegalStateException.class, bad::idleTimeout);

        assertTrue(error.getMessage().contains("ROLLCALL_IDLE_TIMEOUT"), error.getMessage());
        assertTrue(error.getMessage().contains("soon"), error.getMessage());
    }

    @Test
    void blankCountsAsUnset() {
        assertEquals(Duration.ofMinutes(30), settings(Map.of(RollcallSettings.IDLE_TIMEOUT, "  ")).idleTimeout());
    }

    @Test
    void environmentNamesFollowThePropertyNames() {
        assertEquals("ROLLCALL_SWEEP_INTERVAL", RollcallSettings.environmentName(RollcallSettings.SWEEP_INTERVAL));
    }
}
