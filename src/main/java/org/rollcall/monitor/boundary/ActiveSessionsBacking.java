package org.rollcall.monitor.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.rollcall.accounts.boundary.ManagerCheck;
import org.rollcall.limits.boundary.UsageSummary;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.control.RecentUsage;
import org.rollcall.monitor.control.DeviceParser;
import org.rollcall.monitor.control.RecentCounts;
import org.rollcall.monitor.control.SessionEnding;
import org.rollcall.monitor.control.SessionFilter;
import org.rollcall.monitor.control.SessionSearch;
import org.rollcall.monitor.control.SessionView;
import org.rollcall.platform.boundary.Texts;
import org.rollcall.sessions.boundary.CurrentSession;

/**
 * Site → Active sessions. The URL is for managers only ({@code web.xml}), and every action checks the role
 * again, so a user who posts to it anyway changes nothing.
 */
@Named("activeSessions")
@ViewScoped
public class ActiveSessionsBacking implements SessionTableModel.Source {

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
    ManagerCheck managerCheck;

    @Inject
    SecurityContext security;

    @Inject
    CurrentSession currentSession;

    @Inject
    Texts texts;

    private SessionTableModel model;
    private String currentRowId;
    private String account;
    private String user;
    private String ip;
    private boolean danglingOnly;
    private List<SessionView> selected = new ArrayList<>();

    @Inject
    UsageSummary usage;

    @Inject
    RecentUsage recentUsage;

    @Inject
    RecentCounts recentCounts;

    @PostConstruct
    void init() {
        currentRowId = currentSession.rowId();
        model = new SessionTableModel(search, devices, this);
    }

    /** Every live session, or one account's only when the page was opened for it (from Site → Accounts). */
    @Override
    public SessionFilter filter() {
        SessionFilter base = account == null || account.isBlank()
                ? SessionFilter.everyone(limitSettings.danglingSince())
                : SessionFilter.ownedBy(account, limitSettings.danglingSince());
        return base.withCriteria(user, ip, danglingOnly);
    }

    /**
     * Unfiltered, the table shows exactly the live sessions the usage line above it has counted; filtered, a count
     * of the same filter from the last few seconds serves every page and sort of it.
     */
    @Override
    public OptionalLong knownCount(SessionFilter filter) {
        return OptionalLong.of(filter.isEveryLiveSession()
                ? usage.getInUse()
                : recentCounts.count(filter, search::count));
    }

    @Override
    public String currentRowId() {
        return currentRowId;
    }

    /** The manager ending sessions, as the activity log names them. */
    private String manager() {
        return security.getCallerPrincipal().getName();
    }

    public void endSelected() throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        List<String> ids = selected.stream().map(SessionView::id).toList();
        int ended = ending.endByManager(ids, currentRowId, manager());
        forgetCounts();
        info("sessions.ended", ended);
        if (ids.contains(currentRowId)) {
            info("sessions.ownKept");
        }
        selected = new ArrayList<>();
    }

    public void endAllOf(String username) throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        info("sessions.endedOfUser", ending.endAllOfUser(username, currentRowId, manager()), username);
        forgetCounts();
    }

    private void forgetCounts() {
        recentUsage.forget();
        recentCounts.forget();
    }

    /** The confirmation, counting the selected rows; re-rendered whenever the selection changes. */
    public String getConfirmEndSelected() {
        return texts.get("sessions.confirm.selected", selected.size());
    }

    public String confirmEndAllOf(String displayName) {
        return texts.get("sessions.confirm.user", displayName);
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key, arguments), null));
    }

    public SessionTableModel getModel() {
        return model;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    public boolean isDanglingOnly() {
        return danglingOnly;
    }

    public void setDanglingOnly(boolean danglingOnly) {
        this.danglingOnly = danglingOnly;
    }

    public List<SessionView> getSelected() {
        return selected;
    }

    public void setSelected(List<SessionView> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
