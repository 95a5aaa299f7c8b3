package org.rollcall.limits.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.rollcall.accounts.boundary.ManagerCheck;
import org.rollcall.limits.control.InvalidLimits;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.control.LimitValues;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.LimitChange;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.limits.entity.SiteLimits;
import org.rollcall.platform.boundary.Texts;
import org.rollcall.platform.control.RollcallSettings;

/**
 * Site → Settings. The page's URL is for managers only ({@code web.xml}); the action checks the role again
 * itself, so no other way of reaching it can change a limit.
 */
@Named("settings")
@RequestScoped
public class SettingsBacking {

    @Inject
    LimitSettings limitSettings;

    @Inject
    RollcallSettings rollcallSettings;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ManagerCheck managerCheck;

    @Inject
    Texts texts;

    private Integer sessionsLimit;
    private Integer perUserLimit;
    private PerUserMode perUserMode;
    private Long danglingMinutes;
    private DanglingPolicy danglingPolicy;

    @PostConstruct
    void load() {
        SiteLimits limits = limitSettings.current();
        sessionsLimit = limits.sessionsLimit().orElse(null);
        perUserLimit = limits.perUserLimit().orElse(null);
        perUserMode = limits.perUserMode();
        danglingMinutes = limits.chosenDanglingThreshold().map(Duration::toMinutes).orElse(null);
        danglingPolicy = limits.danglingPolicy();
    }

    public void save() throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        try {
            limitSettings.update(new LimitValues(sessionsLimit, perUserLimit, perUserMode, danglingMinutes,
                    danglingPolicy), security.getCallerPrincipal().getName());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("settings.saved"), null));
        } catch (InvalidLimits invalid) {
            for (InvalidLimits.Problem problem : invalid.problems()) {
                faces.addMessage("settings:" + problem.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.get(problem.messageKey(), problem.arguments()), null));
            }
            faces.validationFailed();
        }
    }

    public Integer getProviderCap() {
        return limitSettings.providerCap().orElse(null);
    }

    public Duration getIdleTimeout() {
        return rollcallSettings.idleTimeout();
    }

    /**
     * With a threshold at or past the idle timeout, sessions expire before they could dangle: say so. Compared in
     * minutes, so a submitted threshold too large for a {@link Duration} is just "impossible", not an error.
     */
    public boolean isDanglingPossible() {
        long threshold = danglingMinutes != null ? danglingMinutes : getDefaultDanglingMinutes();
        return threshold < Math.ceil(getIdleTimeout().toSeconds() / 60.0);
    }

    /** What an empty threshold means: it follows the idle timeout. */
    public long getDefaultDanglingMinutes() {
        return limitSettings.defaultDanglingThreshold().toMinutes();
    }

    /** Which limit the dangling policy affects, for the hint under it: the site limit only, never the cap. */
    public String getPolicyScope() {
        Integer cap = getProviderCap();
        if (cap == null) {
            return texts.get("settings.danglingPolicy.scopeNoCap");
        }
        return texts.get(sessionsLimit == null ? "settings.danglingPolicy.scopeNoSiteLimit"
                : "settings.danglingPolicy.scope", cap);
    }

    public long getIdleTimeoutMinutes() {
        return getIdleTimeout().toMinutes();
    }

    public long getLifetimeDays() {
        return rollcallSettings.lifetime().toDays();
    }

    public List<LimitChange> getChanges() {
        return limitSettings.latestChanges(10);
    }

    public PerUserMode[] getPerUserModes() {
        return PerUserMode.values();
    }

    public DanglingPolicy[] getDanglingPolicies() {
        return DanglingPolicy.values();
    }

    public Integer getSessionsLimit() {
        return sessionsLimit;
    }

    public void setSessionsLimit(Integer sessionsLimit) {
        this.sessionsLimit = sessionsLimit;
    }

    public Integer getPerUserLimit() {
        return perUserLimit;
    }

    public void setPerUserLimit(Integer perUserLimit) {
        this.perUserLimit = perUserLimit;
    }

    public PerUserMode getPerUserMode() {
        return perUserMode;
    }

    public void setPerUserMode(PerUserMode perUserMode) {
        this.perUserMode = perUserMode;
    }

    public Long getDanglingMinutes() {
        return danglingMinutes;
    }

    public void setDanglingMinutes(Long danglingMinutes) {
        this.danglingMinutes = danglingMinutes;
    }

    public DanglingPolicy getDanglingPolicy() {
        return danglingPolicy;
    }

    public void setDanglingPolicy(DanglingPolicy danglingPolicy) {
        this.danglingPolicy = danglingPolicy;
    }
}
