package org.rollcall.activity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.activity.entity.ActivityEvent;
import org.rollcall.activity.entity.ActivityKind;
import org.rollcall.limits.boundary.LimitSettingTexts;
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

    @Inject
    LimitSettingTexts limitTexts;

    public ActivityRow of(ActivityEvent event) {
        boolean fromABrowser = event.getKind() != ActivityKind.LIMITS_CHANGED
                && event.getKind() != ActivityKind.ACCOUNT_CHANGED;
        Device device = fromABrowser ? devices.parse(event.getUserAgent()) : null;
        return new ActivityRow(event.getId(), event.getOccurredAt(), what(event),
                event.getKind() == ActivityKind.SIGN_IN_REFUSED, event.getUsername(), event.getActor(),
                event.getIpAddress(), device, event.getNode(), event.getSessionId());
    }

    /** The log keeps "from -> to" as written; the page names the setting and its values in its language. */
    private String limitChanged(ActivityEvent event) {
        String detail = event.getDetail() == null ? "" : event.getDetail();
        int arrow = detail.indexOf(ActivityLog.CHANGE_ARROW);
        String from = arrow < 0 ? null : detail.substring(0, arrow);
        String to = arrow < 0 ? detail : detail.substring(arrow + ActivityLog.CHANGE_ARROW.length());
        String setting = event.getReason();
        return texts.get("activity.limitChanged", limitTexts.setting(setting), limitTexts.value(setting, from),
                limitTexts.value(setting, to));
    }

    private String what(ActivityEvent event) {
        return switch (event.getKind()) {
            case SIGNED_IN -> texts.get("activity.signedIn");
            case SIGN_IN_REFUSED -> texts.get("activity.refused." + event.getReason());
            case SESSION_ENDED -> texts.get("activity.ended." + event.getReason());
            case LIMITS_CHANGED -> limitChanged(event);
            case ACCOUNT_CHANGED -> texts.get("activity.accountChanged",
                    texts.get("accounts.action." + event.getReason()));
        };
    }
}
