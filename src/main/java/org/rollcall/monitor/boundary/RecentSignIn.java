package org.rollcall.monitor.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.rollcall.monitor.control.Device;

/**
 * One line of "Recent sign-ins to your account": when, what happened (in the page's words), from where, with
 * what. Refusals are there too, so someone else trying the password shows.
 */
public record RecentSignIn(Instant at, String outcome, boolean refused, String ipAddress, Device device)
        implements Serializable {

    public Instant getAt() {
        return at;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public Device getDevice() {
        return device;
    }
}
