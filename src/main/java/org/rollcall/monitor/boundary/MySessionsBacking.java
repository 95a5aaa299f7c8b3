package org.rollcall.monitor.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.rollcall.accounts.control.AccountRepository;
import org.rollcall.activity.boundary.ActivityRow;
import org.rollcall.activity.boundary.ActivityRows;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.monitor.control.DeviceParser;
import org.rollcall.monitor.control.SessionEnding;
import org.rollcall.monitor.control.SessionFilter;
import org.rollcall.monitor.control.SessionSearch;
import org.rollcall.platform.boundary.Texts;
import org.rollcall.sessions.boundary.CurrentSession;

/**
 * My sessions: the signed-in user's own live sessions. Ownership is checked by the queries, so an id posted
 * for someone else's session, or forged, ends nothing and gets a clear message.
 */
@Named("mySessions")
@ViewScoped
public class MySessionsBacking implements SessionTableModel.Source {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionSearch search;

    @Inject
    SessionEnding ending;

    @Inject
    DeviceParser devices;

    @Inject
    LimitSettings limitSettings;

    @Inject
    transient SecurityContext security;

    @Inject
    CurrentSession currentSession;

    @Inject
    Texts texts;

    @Inject
    ActivityLog activity;

    @Inject
    ActivityRows activityRows;

    @Inject
    AccountRepository accounts;

    /** How many of the latest sign-ins and refusals the page lists. */
    static final int RECENT_SIGN_INS = 20;

    private SessionTableModel model;
    private List<ActivityRow> recentSignIns;
    private String currentRowId;
    private String owner;

    @PostConstruct
    void init() {
        owner = security.getCallerPrincipal().getName();
        currentRowId = currentSession.rowId();
        model = new SessionTableModel(search, devices, this);
    }

    @Override
    public SessionFilter filter() {
        return SessionFilter.ownedBy(owner, limitSettings.danglingSince());
    }

    @Override
    public String currentRowId() {
        return currentRowId;
    }

    public void signOut(String rowId) {
        if (rowId != null && ending.endOwn(owner, rowId, currentRowId)) {
            message(FacesMessage.SEVERITY_INFO, texts.get("mySessions.signedOut"));
        } else {
            message(FacesMessage.SEVERITY_ERROR, texts.get("mySessions.notYours"));
        }
    }

    public void signOutOthers() {
        message(FacesMessage.SEVERITY_INFO, texts.get("mySessions.signedOutOthers",
                ending.endAllOtherOwn(owner, currentRowId)));
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public SessionTableModel getModel() {
        return model;
    }

    /** Read once per view: a refusal someone else causes shows at the next visit, not while a page is open. */
    public List<ActivityRow> getRecentSignIns() {
        if (recentSignIns == null) {
            recentSignIns = accounts.findByUsername(owner)
                    .map(account -> activity.recentSignInsOf(account.getId(), RECENT_SIGN_INS).stream()
                            .map(activityRows::of)
                            .toList())
                    .orElse(List.of());
        }
        return recentSignIns;
    }

}
