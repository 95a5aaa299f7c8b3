package org.rollcall.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.control.AccountIdentityStore;
import org.rollcall.accounts.control.DirectoryAccounts;
import org.rollcall.accounts.control.UsernameRules;
import org.rollcall.accounts.entity.Account;
import org.rollcall.api.boundary.BearerAuthentication;
import org.rollcall.api.boundary.Problem;
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
 * <p>
 * Someone holding a one-time password reaches nothing but My account until they have chosen their own. An API
 * request with an {@code Authorization} header is decided by its token alone ({@link BearerAuthentication}).
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Where a visitor was going when sent to sign in, so that signing in takes them there. */
    static final String CONTINUE_TO = SessionAuthenticationMechanism.class.getName() + ".continueTo";

    /** Set on a sign-in request when no identity store could answer (the directory is down): not a wrong password. */
    static final String STORES_UNAVAILABLE = SessionAuthenticationMechanism.class.getName() + ".unavailable";

    /** The one page someone who must replace a one-time password may open. */
    public static final String MY_ACCOUNT = "/app/account.xhtml";

    private static final Logger LOG = Logger.getLogger(SessionAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionCheck sessions;

    @Inject
    DirectoryAccounts directoryAccounts;

    @Inject
    AccountIdentityStore localAccounts;

    @Inject
    BearerAuthentication apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }
        Optional<AuthenticationStatus> bearer = apiTokens.validate(request, context);
        if (bearer.isPresent()) {
            return bearer.get();
        }
        boolean api = BearerAuthentication.isApiRequest(request);
        SessionCheck.Outcome outcome;
        try {
            outcome = sessions.check(request, response, !api);
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (outcome.answered()) {
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (outcome.unavailable()) { // only for the API, which answers with a problem
            BearerAuthentication.refuse(request, Problem.of(503,
                    "Rollcall can't reach its database right now, so it can't check the session. Try again shortly."));
            return context.doNothing();
        }
        if (outcome.caller().isPresent() && outcome.passwordChangeRequired() && api) {
            return context.doNothing(); // a one-time password opens My account only, never the API
        }
        if (outcome.caller().isPresent() && outcome.passwordChangeRequired()
                && !MY_ACCOUNT.equals(request.getServletPath())) {
            return sendTo(request, response, request.getContextPath() + MY_ACCOUNT);
        }
        if (outcome.caller().isPresent()) {
            return context.notifyContainerAboutLogin(outcome.caller().get(), outcome.groups());
        }
        return context.isProtected() ? sendToSignIn(request, response) : context.doNothing();
    }

    /**
     * Checks the password and names the caller for this request only; the sign-in page makes it last by opening
     * the session row, or undoes it. Someone the directory accepted (its results carry their DN) signs in as their
     * account row, made or updated now, with the role the directory's groups give: the groups themselves are the
     * directory's names, not Rollcall's roles.
     */
    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            Credential credential) {
        if (credential instanceof UsernamePasswordCredential typed && !checkable(typed)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result;
        try {
            // A local account's name is decided by its local password alone: the directory is never asked for
            // it, so a directory that is down can't turn a wrong local password into "unavailable" (which the
            // throttle doesn't count), and a directory entry of the same name can't sign in as it.
            Optional<CredentialValidationResult> local = credential instanceof UsernamePasswordCredential typed
                    ? localAccounts.decideLocally(typed) : Optional.empty();
            result = local.isPresent() ? local.get() : identityStores.validate(credential);
        } catch (RuntimeException e) { // the directory is down or refuses Rollcall's own bind
            LOG.log(Level.WARNING, "Sign-in could not be checked: {0}", e.toString());
            request.setAttribute(STORES_UNAVAILABLE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getCallerDn() == null) {
            return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), result.getCallerGroups());
        }
        Optional<Account> account = directoryAccounts.signedIn(result.getCallerPrincipal().getName(),
                result.getCallerGroups());
        if (account.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(account.get().getUsername(), account.get().getRole().groups());
    }

    /**
     * Whether a typed name and password may be put to the identity stores at all: a name that could be an
     * account's (no account can have another: {@link UsernameRules}) and a password. No account has an empty
     * password, and the directory would take one for an anonymous bind; Jakarta Security's LDAP store puts the
     * name into its search filter as it is, so a name with filter syntax in it could match someone else, and a
     * directory that ignores spaces or other characters in names could hand out a second row for one person.
     */
    private static boolean checkable(UsernamePasswordCredential typed) {
        return typed.getPassword().getValue().length > 0 && UsernameRules.isValid(typed.getCaller());
    }

    /** Whether this sign-in request failed because no identity store could answer, rather than a wrong password. */
    static boolean storesWereUnavailable(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(STORES_UNAVAILABLE));
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
        return sendTo(request, response, signIn);
    }

    private static AuthenticationStatus sendTo(HttpServletRequest request, HttpServletResponse response, String url) {
        try {
            SignInRedirect.sendTo(request, response, url);
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
