package org.rollcall.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.control.AccountRefused;
import org.rollcall.accounts.control.OwnAccount;
import org.rollcall.accounts.control.PasswordPolicy;
import org.rollcall.accounts.entity.Account;
import org.rollcall.lockout.control.SignInThrottle;
import org.rollcall.lockout.control.SignInThrottled;
import org.rollcall.platform.boundary.PageMessages;
import org.rollcall.platform.control.TrustedProxies;
import org.rollcall.sessions.boundary.CurrentSession;
import org.rollcall.sessions.control.ClientInfo;

/**
 * My account: the name others see, and the password. Whoever holds a one-time password is sent here on every
 * request until they have chosen their own ({@link SessionAuthenticationMechanism}); the change counts from the
 * next click, because the flag is read from the account row like the role.
 */
@Named("myAccount")
@RequestScoped
public class MyAccountBacking {

    private static final Logger LOG = Logger.getLogger(MyAccountBacking.class.getName());

    @Inject
    OwnAccount ownAccount;

    @Inject
    SecurityContext security;

    @Inject
    CurrentSession currentSession;

    @Inject
    FacesContext faces;

    @Inject
    PageMessages messages;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    SignInThrottle throttle;

    @Inject
    TrustedProxies proxies;

    @Inject
    Clock clock;

    private Account account;
    private String displayName;
    private String currentPassword;
    private String newPassword;
    private String newPasswordRepeat;
    private boolean signOutOthers = true;

    @PostConstruct
    void load() {
        account = ownAccount.find(security.getCallerPrincipal().getName());
        displayName = account.getDisplayName();
    }

    public void saveDisplayName() {
        try {
            ownAccount.changeDisplayName(account.getUsername(), displayName);
            info("myAccount.displayNameSaved");
        } catch (AccountRefused refused) {
            refuse(refused);
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.WARNING, "Display name of ''{0}'' not changed: {1}", new Object[] {account.getUsername(), e});
            refuse(new AccountRefused(null, "accounts.failed"));
        }
    }

    /**
     * Changes the password. The current password is guessed through here no more freely than at sign-in: the
     * sign-in throttle counts wrong ones against the account and the address, and refuses while locked.
     */
    public String changePassword() {
        String address = ClientInfo.of((HttpServletRequest) faces.getExternalContext().getRequest(), proxies)
                .ipAddress();
        try {
            throttle.check(account.getUsername(), address);
            if (newPassword == null || !newPassword.equals(newPasswordRepeat)) {
                throw new AccountRefused("newPasswordRepeat", "accounts.invalid.passwordsDiffer");
            }
            boolean wasRequired = account.isPasswordChangeRequired();
            int ended = ownAccount.changePassword(account.getUsername(), chars(currentPassword), chars(newPassword),
                    signOutOthers, currentSession.rowId());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            info("myAccount.passwordChanged", ended);
            return wasRequired ? "/app/home.xhtml?faces-redirect=true" : "/app/account.xhtml?faces-redirect=true";
        } catch (SignInThrottled throttled) {
            long minutes = Math.max(1, (Duration.between(clock.instant(), throttled.retryAt()).toSeconds() + 59) / 60);
            refuse(new AccountRefused("currentPassword", "login.throttled.minutes", minutes));
            return null;
        } catch (AccountRefused refused) {
            if ("currentPassword".equals(refused.field())) {
                throttle.failed(account.getUsername(), address);
            }
            refuse(refused);
            return null;
        } catch (PersistenceException | TransactionalException e) {
            LOG.log(Level.WARNING, "Password of ''{0}'' not changed: {1}", new Object[] {account.getUsername(), e});
            refuse(new AccountRefused(null, "accounts.failed"));
            return null;
        } finally {
            currentPassword = null;
            newPassword = null;
            newPasswordRepeat = null;
        }
    }

    private static char[] chars(String text) {
        return text == null ? null : text.toCharArray();
    }

    private void info(String key, Object... arguments) {
        messages.info(key, arguments);
    }

    private void refuse(AccountRefused refused) {
        messages.error(refused.messageKey(), refused.arguments());
    }

    public Account getAccount() {
        return account;
    }

    public int getPasswordMinLength() {
        return passwordPolicy.minLength();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordRepeat() {
        return newPasswordRepeat;
    }

    public void setNewPasswordRepeat(String newPasswordRepeat) {
        this.newPasswordRepeat = newPasswordRepeat;
    }

    public boolean isSignOutOthers() {
        return signOutOthers;
    }

    public void setSignOutOthers(boolean signOutOthers) {
        this.signOutOthers = signOutOthers;
    }
}
