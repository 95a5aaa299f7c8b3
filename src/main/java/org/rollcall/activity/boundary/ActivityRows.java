package org.rollcall.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rollcall.activity.entity.ActivityEvent;
import org.rollcall.activity.entity.ActivityKind;
import org.rollcall.monitor.control.Device;
import org.rollcall.monitor.control.DeviceParser;
import org.rollcall.platform.boundary.Texts;

/**
 * Puts events in the pages' words, one way for every page that lists them (Site → Activity, My sessions'
 * recent sign-ins). Changes of limits and accounts came from no browser: they have no device.
 */
@ApplicationScoped
public class ActivityRows {

    @Inject
    DeviceParser devices;

    @Inject
    Texts texts;

    public ActivityRow of(ActivityEvent event) {
        boolean fromABrowser = event.getKind() != ActivityKind.LIMITS_CHANGED
                && event.getKind() != ActivityKind.ACCOUNT_CHANGED;
        Device device = fromABrowser ? devices.parse(event.getUserAgent()) : null;
        return new ActivityRow(event.getId(), event.getOccurredAt(), what(event),
                event.getKind() == ActivityKind.SIGN_IN_REFUSED, event.getUsername(), event.getActor(),
                event.getIpAddress(), device, event.getNode(), event.getSessionId());
    }

    private String what(ActivityEvent event) {
        return switch (event.getKind()) {
            case SIGNED_IN -> texts.get("activity.signedIn");
            case SIGN_IN_REFUSED -> texts.get("activity.refused." + event.getReason());
            case SESSION_ENDED -> texts.get("activity.ended." + event.getReason());
            case LIMITS_CHANGED -> texts.get("activity.limitChanged", event.getReason(), event.getDetail());
            case ACCOUNT_CHANGED -> texts.get("activity.accountChanged",
                    texts.get("accounts.action." + event.getReason()));
        };
    }
}
