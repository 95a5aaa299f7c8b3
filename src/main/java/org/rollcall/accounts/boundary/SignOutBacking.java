package org.rollcall.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.rollcall.sessions.boundary.SignInRedirect;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.control.SessionTicket;
import org.rollcall.sessions.entity.EndReason;

/** Sign-out, a POST from the menu (so no other site can sign a user out with a link). */
@Named("signOut")
@RequestScoped
public class SignOutBacking {

    @Inject
    ExternalContext external;

    @Inject
    SessionRegistry registry;

    public void signOut() throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionTicket.ATTRIBUTE) instanceof SessionTicket ticket) {
            registry.end(ticket.rowId(), EndReason.SIGNED_OUT);
        }
        request.logout();
        if (session != null) {
            session.invalidate();
        }
        external.redirect(SignInRedirect.url(request, EndReason.SIGNED_OUT));
    }
}
