package org.rollcall.accounts.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.control.AccountRepository;
import org.rollcall.accounts.entity.Account;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.activity.control.ThrottledRefusals;
import org.rollcall.activity.entity.Refusal;
import org.rollcall.language.boundary.LanguageMenu;
import org.rollcall.language.boundary.SignInLanguage;
import org.rollcall.limits.control.Admission;
import org.rollcall.limits.control.SignInRefused;
import org.rollcall.lockout.control.SignInThrottle;
import org.rollcall.lockout.control.SignInThrottled;
import org.rollcall.lockout.entity.FailureSubject;
import org.rollcall.platform.boundary.Texts;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.platform.control.TrustedProxies;
import org.rollcall.sessions.boundary.SignInRedirect;
import org.rollcall.sessions.control.ClientInfo;
import org.rollcall.sessions.control.NodeIdentity;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.control.SessionTicket;
import org.rollcall.sessions.entity.EndReason;

/**
 * The sign-in page. A sign-in counts only once the limits admit it and its session row exists: otherwise the
 * container sign-in is undone and the user is told why, so no one is signed in without being on the roll.
 * Before any of that, the throttle may refuse the attempt without checking the password at all.
 */
@Named("login")
@RequestScoped
public class LoginBacking {

    private static final Logger LOG = Logger.getLogger(LoginBacking.class.getName());
    static final String HOME = "/app/home.xhtml?faces-redirect=true";
    private static final int TOO_MANY_REQUESTS = 429;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    AccountRepository accounts;

    @Inject
    SessionRegistry registry;

    @Inject
    Admission admission;

    @Inject
    NodeIdentity node;

    @Inject
    ActivityLog activity;

    @Inject
    ThrottledRefusals throttledRefusals;

    @Inject
    RollcallSettings settings;

    @Inject
    Texts texts;

    @Inject
    SignInThrottle throttle;

    @Inject
    TrustedProxies proxies;

    @Inject
    Clock clock;

    @Inject
    SignInLanguage signInLanguage;

    private String username;
    private String password;
    private String ended;
    private boolean expired;

    /** Tells a browser sent here why its session ended; a signed-in visitor goes straight home. */
    public String onLoad() {
        if (security.getCallerPrincipal() != null && currentTicket() != null) {
            return HOME;
        }
        if (ended != null) {
            Arrays.stream(EndReason.values()).filter(r -> r.name().equals(ended)).findFirst().ifPresent(reason ->
                    faces.addMessage(null, new FacesMessage(reason == EndReason.SIGNED_OUT
                            ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                            texts.get(reason.messageKey()), null)));
        }
        if (expired) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("login.expiredForm"), null));
        }
        return null;
    }

    public String signIn() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (currentTicket() != null || request.getUserPrincipal() != null) {
            signOutFirst(request);
            return null;
        }
        ClientInfo client = ClientInfo.of(request, proxies);
        try {
            throttle.check(nullToEmpty(username), client.ipAddress());
        } catch (SignInThrottled throttled) {
            refuseThrottled(throttled.retryAt(), client);
            if (throttledRefusals.shouldRecord(username, client.ipAddress())) {
                record(Refusal.THROTTLED, client, request);
            }
            return null;
        } catch (RuntimeException e) { // the counts can't be read: the database is down
            LOG.log(Level.WARNING, "Sign-in refused: failed sign-ins could not be counted: {0}", e.toString());
            fail("login.unavailable");
            return null;
        }
        AuthenticationStatus checked;
        try {
            checked = security.authenticate(request, response, withParams()
                    .newAuthentication(true)
                    .credential(new UsernamePasswordCredential(nullToEmpty(username).strip(),
                            new Password(nullToEmpty(password)))));
        } catch (RuntimeException e) { // the account can't be read: the database went down a moment ago
            LOG.log(Level.WARNING, "Sign-in refused: the account could not be read: {0}", e.toString());
            undoSignIn(request);
            fail("login.unavailable");
            return null;
        }
        // The status, not the caller: after a failed check WildFly names an "anonymous" caller, Payara none.
        if (SessionAuthenticationMechanism.storesWereUnavailable(request)) {
            undoSignIn(request);
            fail("login.unavailable");
            return null;
        }
        if (checked != AuthenticationStatus.SUCCESS || security.getCallerPrincipal() == null) {
            LOG.log(Level.INFO, "Failed sign-in for ''{0}'' from {1}.", new Object[] {
                FailureSubject.ACCOUNT.normalise(username), client.ipAddress()});
            undoSignIn(request); // a failed attempt leaves state behind that would block the next page
            fail("login.failed");
            countFailure(client);
            record(disabledAccount() ? Refusal.ACCOUNT_DISABLED : Refusal.WRONG_PASSWORD, client, request);
            return null;
        }
        try {
            throttle.succeeded(nullToEmpty(username));
            admit(request, client);
        } catch (SignInRefused refused) {
            LOG.log(Level.INFO, "Sign-in of ''{0}'' refused: {1}", new Object[] {username, refused.getMessage()});
            undoSignIn(request);
            fail(refused.kind() == SignInRefused.Kind.SITE_FULL ? "limit.refused" : "limit.perUserRefused",
                    refused.limit());
            record(refused.kind() == SignInRefused.Kind.SITE_FULL ? Refusal.SITE_FULL : Refusal.USER_FULL, client,
                    request);
            return null;
        } catch (RuntimeException e) { // the row could not be written: database down, commit failed, ...
            LOG.log(Level.WARNING, "Sign-in of ''{0}'' refused: its session row could not be written: {1}",
                    new Object[] {username, e.toString()});
            undoSignIn(request);
            fail("login.unavailable");
            return null;
        }
        Optional<String> continueTo = continueTo(request);
        if (continueTo.isPresent()) {
            external.redirect(continueTo.get());
            return null;
        }
        return HOME;
    }

    /** Records a refused sign-in in the activity log; a log that can't be written never changes the answer. */
    private void record(Refusal why, ClientInfo client, HttpServletRequest request) {
        try {
            activity.refused(username, why, client.ipAddress(), client.userAgent(), node.name(request.getLocalPort()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A refused sign-in could not be recorded: {0}", e.toString());
        }
    }

    /** Whether the name typed is a disabled account's: refused whatever the password was. */
    private boolean disabledAccount() {
        try {
            return accounts.findByUsername(nullToEmpty(username).strip()).filter(a -> !a.isEnabled()).isPresent();
        } catch (RuntimeException e) { // the database is down: the refusal is recorded as a wrong password
            return false;
        }
    }

    private void countFailure(ClientInfo client) {
        try {
            throttle.failed(nullToEmpty(username), client.ipAddress());
        } catch (RuntimeException e) { // the answer stays "wrong password"; the database says why elsewhere
            LOG.log(Level.WARNING, "A failed sign-in could not be counted: {0}", e.toString());
        }
    }

    /**
     * Says when to try again, and nothing about why: the same words whether the name or the address is locked,
     * and whether the account exists. {@code 429} and {@code Retry-After} tell scripts the same.
     */
    private void refuseThrottled(Instant retryAt, ClientInfo client) {
        long seconds = Math.max(1, Duration.between(clock.instant(), retryAt).toSeconds() + 1);
        LOG.log(Level.FINE, "Sign-in for ''{0}'' from {1} refused unchecked: locked out for {2} s.", new Object[] {
            FailureSubject.ACCOUNT.normalise(username), client.ipAddress(), seconds});
        external.setResponseStatus(TOO_MANY_REQUESTS);
        external.setResponseHeader("Retry-After", Long.toString(seconds));
        if (seconds <= 90) {
            fail("login.throttled.seconds", seconds);
        } else {
            fail("login.throttled.minutes", (seconds + 59) / 60);
        }
    }

    /** The signed-in page the visitor asked for before being sent here, if any: that is where they go. */
    private static Optional<String> continueTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object asked = session == null ? null : session.getAttribute(SessionAuthenticationMechanism.CONTINUE_TO);
        if (session != null) {
            session.removeAttribute(SessionAuthenticationMechanism.CONTINUE_TO);
        }
        return asked instanceof String url && url.startsWith(request.getContextPath() + "/app/")
                ? Optional.of(url) : Optional.empty();
    }

    private void admit(HttpServletRequest request, ClientInfo client) {
        String caller = security.getCallerPrincipal().getName();
        if (!caller.equalsIgnoreCase(nullToEmpty(username).strip())) { // accounts are found in any case
            throw new IllegalStateException("authenticated as " + caller + " after a sign-in as " + username);
        }
        Account account = accounts.findByUsername(caller)
                .orElseThrow(() -> new PersistenceException("account " + caller + " vanished"));
        HttpSession session = request.getSession();
        request.changeSessionId(); // the id a visitor had before signing in is worth nothing after
        SessionTicket ticket = admission.admit(account, client, node.name(request.getLocalPort()));
        // A double-clicked sign-in may have stored a ticket meanwhile: TicketReplacement ends the row it replaces.
        session.setAttribute(SessionTicket.ATTRIBUTE, ticket);
        session.setMaxInactiveInterval(Math.toIntExact(settings.idleTimeout().toSeconds()));
        signInLanguage.signedIn(account, request, (HttpServletResponse) external.getResponse());
    }

    /**
     * A sign-in form posted while someone is still signed in here (a sign-in page left open): ends that sign-in
     * completely (its row, and its HTTP session with every page state in it) and asks for a fresh sign-in.
     * Switching users inside one request is not an option: after a logout, Jakarta Security can still report
     * the previous caller, which would sign the new user in under the old name.
     */
    private void signOutFirst(HttpServletRequest request) throws ServletException, IOException {
        SessionTicket previous = currentTicket();
        if (previous != null) {
            registry.end(previous.rowId(), EndReason.SIGNED_OUT);
        }
        undoSignIn(request);
        external.redirect(SignInRedirect.url(request, EndReason.SIGNED_OUT));
    }

    /**
     * Leaves nothing of the attempt behind but where the visitor was going and the language they picked, so the
     * next attempt goes there in that language.
     */
    private static void undoSignIn(HttpServletRequest request) throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            Map<String, Object> kept = new HashMap<>();
            List<String> names = List.of(SessionAuthenticationMechanism.CONTINUE_TO, LanguageMenu.PICKED_BEFORE_SIGN_IN);
            for (String name : names) {
                Object value = session.getAttribute(name);
                if (value != null) {
                    kept.put(name, value);
                }
            }
            session.invalidate();
            if (!kept.isEmpty()) {
                HttpSession fresh = request.getSession();
                kept.forEach(fresh::setAttribute);
            }
        }
    }

    private SessionTicket currentTicket() {
        HttpSession session = (HttpSession) external.getSession(false);
        return session == null ? null : (SessionTicket) session.getAttribute(SessionTicket.ATTRIBUTE);
    }

    private void fail(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(key, arguments), null));
        faces.validationFailed();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEnded() {
        return ended;
    }

    public void setEnded(String ended) {
        this.ended = ended;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }
}
