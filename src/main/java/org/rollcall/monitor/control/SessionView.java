package org.rollcall.monitor.control;

import java.io.Serializable;
import java.time.Instant;
import org.rollcall.sessions.entity.UserSession;

/**
 * One row of a sessions table, detached from the persistence context, with what a person needs to judge it:
 * whose, from where, on what, how long idle, and whether it is the browser looking at it.
 */
public record SessionView(String id, String username, String displayName, Instant loginAt, Instant lastActivity,
        Instant expiresAt, String ipAddress, String userAgent, Device device, String node, boolean dangling,
        boolean current) implements Serializable {

    public static SessionView of(UserSession row, Device device, Instant idleSince, String currentId) {
        return new SessionView(row.getId(), row.getAccount().getUsername(), row.getAccount().getDisplayName(),
                row.getLoginAt(), row.getLastActivity(), row.getExpiresAt(), row.getIpAddress(), row.getUserAgent(),
                device, row.getNode(), !row.getLastActivity().isAfter(idleSince), row.getId().equals(currentId));
    }

    // Bean-style getters for Faces EL, which doesn't read record components.

    public String getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getLoginAt() {
        return loginAt;
    }

    public Instant getLastActivity() {
        return lastActivity;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Device getDevice() {
        return device;
    }

    public String getNode() {
        return node;
    }

    public boolean isDangling() {
        return dangling;
    }

    public boolean isCurrent() {
        return current;
    }
}
