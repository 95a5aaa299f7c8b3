package org.rollcall.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.rollcall.sessions.boundary.SignInRedirect;
import org.rollcall.sessions.entity.EndReason;

/**
 * Signs callers in from the sign-in page and, on every later request, tells the container again who they are
 * <em>and which groups they have</em>, from the HTTP session.
 * <p>
 * Why not {@code @CustomFormAuthenticationMechanismDefinition}: its {@code @AutoApplySession} hands the
 * container only the caller's principal and leaves the groups to be found again in a security context that
 * Payara 6 shares between threads. Under concurrent requests a signed-in user then gets 403 on their own
 * pages now and then (Payara FISH-7515, GlassFish #25141). Naming the groups each time is portable and has no
 * such window; it costs no database read (the session guard's one read follows anyway).
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Where a visitor was going when sent to sign in, so that signing in takes them there. */
    static final String CONTINUE_TO = SessionAuthenticationMechanism.class.getName() + ".continueTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, identityStores.validate(credential));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInCaller.ATTRIBUTE) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            return sendToSignIn(request, response);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInCaller.ATTRIBUTE);
        }
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String name = result.getCallerPrincipal().getName();
        request.getSession().setAttribute(SignedInCaller.ATTRIBUTE, new SignedInCaller(name, result.getCallerGroups()));
        return context.notifyContainerAboutLogin(name, result.getCallerGroups());
    }

    /**
     * Sends a visitor to the sign-in page, remembering where they were going. A browser that still presents a
     * session the server no longer has (timed out, or lost in a restart) is told that its session expired.
     */
    private static AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response) {
        String signIn = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                ? SignInRedirect.url(request, EndReason.EXPIRED)
                : request.getContextPath() + SignInRedirect.PAGE;
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(CONTINUE_TO,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        try {
            SignInRedirect.sendTo(request, response, signIn);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
