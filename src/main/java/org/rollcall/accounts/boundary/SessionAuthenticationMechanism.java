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
import java.io.IOException;
import org.rollcall.protection.boundary.SameSiteSessionCookie;
import org.rollcall.sessions.boundary.SessionCheck;
import org.rollcall.sessions.boundary.SignInRedirect;
import org.rollcall.sessions.entity.EndReason;

/**
 * Signs callers in from the sign-in page and, on every later request, tells the container who they are <em>and
 * which groups they have</em>, from their session row.
 * <p>
 * Why not {@code @CustomFormAuthenticationMechanismDefinition}: its {@code @AutoApplySession} hands the
 * container only the caller's principal and leaves the groups to be found again in a security context that
 * Payara 6 shares between threads. Under concurrent requests a signed-in user then gets 403 on their own
 * pages now and then (Payara FISH-7515, GlassFish #25141). Naming the groups each time is portable and has no
 * such window. The HTTP session remembers nothing but the row's ticket: name and groups come from the row's
 * account on each request ({@link SessionCheck}), so a changed role or a disabled account counts at once.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Where a visitor was going when sent to sign in, so that signing in takes them there. */
    static final String CONTINUE_TO = SessionAuthenticationMechanism.class.getName() + ".continueTo";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionCheck sessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(context, identityStores.validate(credential));
        }
        SessionCheck.Outcome outcome;
        try {
            outcome = sessions.check(request, response);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (outcome.answered()) {
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (outcome.caller().isPresent()) {
            return context.notifyContainerAboutLogin(outcome.caller().get(), outcome.groups());
        }
        return context.isProtected() ? sendToSignIn(request, response) : context.doNothing();
    }

    /**
     * Checks the password and names the caller for this request only; the sign-in page makes it last by opening
     * the session row, or undoes it.
     */
    private static AuthenticationStatus signIn(HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), result.getCallerGroups());
    }

    /**
     * Sends a visitor to the sign-in page, remembering where they were going. A browser that still presents a
     * session the server no longer has (timed out, or lost in a restart) is told that its session expired.
     */
    private static AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response) {
        String signIn = presentedLostSession(request)
                ? SignInRedirect.url(request, EndReason.EXPIRED)
                : request.getContextPath() + SignInRedirect.PAGE;
        if ("GET".equals(request.getMethod()) && !request.isRequestedSessionIdFromURL()) {
            String query = request.getQueryString();
            request.getSession().setAttribute(CONTINUE_TO,
                    request.getRequestURI() + (query == null ? "" : "?" + query));
            SameSiteSessionCookie.complete(request, response); // the mechanism runs before the filters
        }
        try {
            SignInRedirect.sendTo(request, response, signIn);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * A session id the server doesn't know, from the cookie (Rollcall refuses ids in URLs). Not
     * {@code isRequestedSessionIdFromCookie()}: WildFly answers it only while the session exists.
     */
    private static boolean presentedLostSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdFromURL()
                && !request.isRequestedSessionIdValid();
    }
}
