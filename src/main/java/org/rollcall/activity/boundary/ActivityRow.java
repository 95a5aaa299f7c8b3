package org.rollcall.activity.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.rollcall.monitor.control.Device;

/**
 * One event as a page lists it ({@link ActivityRows}): what happened in the page's words, who, by whom, from
 * where.
 */
public record ActivityRow(String id, Instant at, String what, boolean refusal, String username, String actor,
        String ipAddress, Device device, String node, String sessionId) implements Serializable {

    public String getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getWhat() {
        return what;
    }

    public boolean isRefusal() {
        return refusal;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public Device getDevice() {
        return device;
    }

    public String getNode() {
        return node;
    }

    public String getSessionId() {
        return sessionId;
    }
}
