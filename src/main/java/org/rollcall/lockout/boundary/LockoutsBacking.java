package org.rollcall.lockout.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.util.List;
import org.rollcall.accounts.boundary.ManagerCheck;
import org.rollcall.lockout.control.SignInThrottle;
import org.rollcall.lockout.entity.FailedSignIns;
import org.rollcall.platform.boundary.Texts;
import org.rollcall.platform.control.RollcallSettings;

/**
 * Site → Sign-in lock-outs: the account names and addresses refused right now, and lifting a lock (the owner
 * of an attacked account who phones the manager). The URL is for managers ({@code web.xml}); lifting checks
 * the role again itself.
 */
@Named("lockouts")
@RequestScoped
public class LockoutsBacking {

    /** More locks than this at once is an attack on the whole site; the page shows the latest. */
    static final int SHOWN = 200;

    @Inject
    SignInThrottle throttle;

    @Inject
    RollcallSettings settings;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ManagerCheck managerCheck;

    @Inject
    Texts texts;

    private List<FailedSignIns> locked;

    public List<FailedSignIns> getLocked() {
        if (locked == null) {
            locked = throttle.lockedNow(SHOWN);
        }
        return locked;
    }

    public void lift(String id, String name) throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        boolean lifted = throttle.lift(id, security.getCallerPrincipal().getName());
        faces.addMessage(null, lifted
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("lockouts.lifted", name), null)
                : new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("lockouts.notFound"), null));
        locked = null;
    }

    public String getIntro() {
        return texts.get("lockouts.intro", settings.signInMaxFailures(), settings.signInMaxFailuresPerIp(),
                settings.signInLockout().toSeconds(), settings.signInMaxLockout().toMinutes());
    }
}
