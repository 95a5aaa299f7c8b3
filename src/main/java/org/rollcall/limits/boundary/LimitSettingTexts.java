package org.rollcall.limits.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.platform.boundary.Texts;

/**
 * A recorded change of a limit setting in the page's language: the setting's short name, and
 * its values as the page offers them ("Refuse the new sign-in", "none", "the default"), not as stored
 * ({@code REFUSE}, {@code null}). The change record and the activity log keep the stored form.
 */
@Named("limitTexts")
@RequestScoped
public class LimitSettingTexts {

    private static final Set<String> SETTINGS = Set.of("sessionsLimit", "perUserLimit", "perUserMode",
            "danglingMinutes", "danglingPolicy");
    private static final Set<String> CHOICES = Set.of("perUserMode", "danglingPolicy");

    @Inject
    Texts texts;

    public String setting(String setting) {
        return SETTINGS.contains(setting) ? texts.get("settings.name." + setting) : setting;
    }

    public String value(String setting, String value) {
        if (value == null || value.isBlank() || ActivityLog.NO_VALUE.equals(value)) {
            return texts.get("danglingMinutes".equals(setting) ? "settings.value.default" : "settings.value.none");
        }
        if (CHOICES.contains(setting) && value.matches("[A-Z_]{1,32}")) {
            return texts.get("settings." + setting + "." + value);
        }
        return value;
    }
}
