package org.rollcall.api.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.rollcall.monitor.control.SessionView;

/**
 * A live session as the API shows it: the grid's columns, with the field names its sort takes. The id is the
 * row's, never the HTTP session's.
 */
@JsonbPropertyOrder({"id", "username", "displayName", "loginAt", "lastActivity", "expiresAt", "ipAddress",
    "userAgent", "browser", "os", "device", "node", "dangling"})
public record SessionJson(String id, String username, String displayName, Instant loginAt, Instant lastActivity,
        Instant expiresAt, String ipAddress, String userAgent, String browser, String os, String device, String node,
        boolean dangling) {

    static SessionJson of(SessionView view) {
        return new SessionJson(view.id(), view.username(), view.displayName(), view.loginAt(), view.lastActivity(),
                view.expiresAt(), view.ipAddress(), view.userAgent(), view.device().browser(), view.device().os(),
                view.device().device(), view.node(), view.dangling());
    }
}
