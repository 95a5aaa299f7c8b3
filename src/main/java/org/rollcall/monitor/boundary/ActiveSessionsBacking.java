package org.rollcall.monitor.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rollcall.accounts.entity.Role;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.monitor.control.DeviceParser;
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
    transient SessionSearch search;

    @Inject
    transient SessionEnding ending;

    @Inject
    transient DeviceParser devices;

    @Inject
    transient LimitSettings limitSettings;

    @Inject
    transient SecurityContext security;

    @Inject
    transient CurrentSession currentSession;

    @Inject
    transient Texts texts;

    @Inject
    transient Clock clock;

    private SessionTableModel model;
    private String currentRowId;
    private String user;
    private String ip;
    private boolean danglingOnly;
    private List<SessionView> selected = new ArrayList<>();

    @PostConstruct
    void init() {
        currentRowId = currentSession.rowId();
        model = new SessionTableModel(search, devices, this);
    }

    @Override
    public SessionFilter filter() {
        return new SessionFilter(Optional.empty(), user, ip, danglingOnly, idleSince());
    }

    @Override
    public String currentRowId() {
        return currentRowId;
    }

    public void endSelected() throws IOException {
        if (!managerOrForbidden()) {
            return;
        }
        List<String> ids = selected.stream().map(SessionView::id).toList();
        int ended = ending.endByManager(ids, currentRowId);
        info("sessions.ended", ended);
        if (ids.contains(currentRowId)) {
            info("sessions.ownKept");
        }
        selected = new ArrayList<>();
    }

    public void endAllOf(String username) throws IOException {
        if (!managerOrForbidden()) {
            return;
        }
        info("sessions.endedOfUser", ending.endAllOfUser(username, currentRowId), username);
    }

    /** The confirmation, counting the selected rows; re-rendered whenever the selection changes. */
    public String getConfirmEndSelected() {
        return texts.get("sessions.confirm.selected", selected.size());
    }

    public String confirmEndAllOf(String displayName) {
        return texts.get("sessions.confirm.user", displayName);
    }

    private Instant idleSince() {
        return clock.instant().minus(limitSettings.current().danglingThreshold());
    }

    private boolean managerOrForbidden() throws IOException {
        if (security.isCallerInRole(Role.MANAGER_GROUP)) {
            return true;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        FacesContext.getCurrentInstance().responseComplete();
        return false;
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key, arguments), null));
    }

    public SessionTableModel getModel() {
        return model;
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
