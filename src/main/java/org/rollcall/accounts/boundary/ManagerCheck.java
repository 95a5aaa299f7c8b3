package org.rollcall.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rollcall.accounts.entity.Role;

/**
 * The role check every manager action makes itself, on top of the URL constraint in {@code web.xml}: a caller
 * who isn't a manager gets 403 and the action does nothing.
 */
@RequestScoped
public class ManagerCheck {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    /** True for a manager; otherwise answers 403 and returns false. */
    public boolean allowed() throws IOException {
        if (security.isCallerInRole(Role.MANAGER_GROUP)) {
            return true;
        }
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        faces.responseComplete();
        return false;
    }
}
