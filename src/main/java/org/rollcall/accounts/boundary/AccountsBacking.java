package org.rollcall.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.control.AccountAdministration;
import org.rollcall.accounts.control.AccountFilter;
import org.rollcall.accounts.control.AccountRefused;
import org.rollcall.accounts.control.AccountSearch;
import org.rollcall.accounts.control.AccountView;
import org.rollcall.accounts.control.PasswordPolicy;
import org.rollcall.accounts.entity.AccountChange;
import org.rollcall.accounts.entity.Role;
import org.rollcall.platform.boundary.PageMessages;
import org.rollcall.platform.boundary.Texts;

/**
 * Site → Accounts. The URL is for managers only ({@code web.xml}); every action checks the role again and names
 * the account by its username, which the rules look up afresh, so a forged post can do no more than the page.
 * A one-time password is shown once, in the answer to the action that made it, and kept nowhere.
 */
@Named("accounts")
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccountsBacking.class.getName());

    @Inject
    AccountSearch search;

    @Inject
    AccountAdministration administration;

    @Inject
    ManagerCheck managerCheck;

    @Inject
    SecurityContext security;

    @Inject
    Texts texts;

    @Inject
    PageMessages messages;

    @Inject
    PasswordPolicy passwordPolicy;

    private AccountTableModel model;
    private String text;
    private Role role;
    private Boolean enabled;

    private String newUsername;
    private String newDisplayName;
    private Role newRole = Role.USER;
    private boolean generatePassword = true;
    private String newPassword;
    private String newPasswordRepeat;

    private String editedUsername;
    private String editedDisplayName;
    private Role editedRole;

    private transient List<AccountChange> changes;
    private String oneTimePassword;
    private String oneTimePasswordOwner;

    @PostConstruct
    void init() {
        model = new AccountTableModel(search, this::filter);
    }

    AccountFilter filter() {
        return new AccountFilter(text, role, enabled);
    }

    public void create() throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        forgetWhatWasShown();
        if (!generatePassword && (newPassword == null || !newPassword.equals(newPasswordRepeat))) {
            refuse(new AccountRefused("newPasswordRepeat", "accounts.invalid.passwordsDiffer"));
            return;
        }
        char[] password = generatePassword || newPassword == null ? null : newPassword.toCharArray();
        String username = newUsername == null ? "" : newUsername.strip();
        try {
            administration.create(manager(), username, newDisplayName, newRole, password)
                    .ifPresent(oneTime -> showOneTimePassword(username, oneTime));
            messages.info("accounts.created", username);
            newUsername = null;
            newDisplayName = null;
            newRole = Role.USER;
            generatePassword = true;
        } catch (AccountRefused refused) {
            refuse(refused);
        } catch (PersistenceException | TransactionalException e) {
            if (search.find(username).isPresent()) { // another manager took the name a moment ago
                refuse(new AccountRefused("username", "accounts.invalid.usernameTaken", username));
            } else {
                failed(e);
            }
        } finally {
            newPassword = null;
            newPasswordRepeat = null;
        }
    }

    /** Fills the edit dialog from the account as it is now. */
    public void edit(String username) throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        search.find(username).ifPresentOrElse(account -> {
            editedUsername = account.getUsername();
            editedDisplayName = account.getDisplayName();
            editedRole = account.getRole();
        }, () -> refuse(new AccountRefused(null, "accounts.refused.missing", username)));
    }

    public void save() throws IOException {
        change(() -> administration.update(manager(), editedUsername, editedDisplayName, editedRole),
                "accounts.saved", editedUsername);
    }

    public void enable(String username) throws IOException {
        change(() -> administration.setEnabled(manager(), username, true), "accounts.enabledDone", username);
    }

    public void disable(String username) throws IOException {
        change(() -> administration.setEnabled(manager(), username, false), "accounts.disabledDone", username);
    }

    public void resetPassword(String username) throws IOException {
        change(() -> showOneTimePassword(username, administration.resetPassword(manager(), username)),
                "accounts.resetDone", username);
    }

    public void delete(String username) throws IOException {
        change(() -> administration.delete(manager(), username), "accounts.deletedDone", username);
    }

    /** A change a manager makes, which the rules may refuse. */
    @FunctionalInterface
    private interface Change {
        void make() throws AccountRefused;
    }

    /**
     * Makes a manager's change: the role checked first, what the last answer showed forgotten, and whatever
     * happens told: done, refused with the reason, or failed in the database (a race with another manager, a
     * database that is down) with nothing changed.
     */
    private void change(Change change, String doneKey, Object... arguments) throws IOException {
        if (!managerCheck.allowed()) {
            return;
        }
        forgetWhatWasShown();
        try {
            change.make();
            messages.info(doneKey, arguments);
        } catch (AccountRefused refused) {
            refuse(refused);
        } catch (PersistenceException | TransactionalException e) {
            failed(e);
        }
    }

    public String confirmDelete(String username) {
        return texts.get("accounts.confirm.delete", username);
    }

    public String confirmDisable(String username) {
        return texts.get("accounts.confirm.disable", username);
    }

    public String confirmReset(String username) {
        return texts.get("accounts.confirm.reset", username);
    }

    /** Read once per render: the table asks more than once, and the actions that change accounts forget it. */
    public List<AccountChange> getChanges() {
        if (changes == null) {
            changes = administration.latestChanges(20);
        }
        return changes;
    }

    public int getPasswordMinLength() {
        return passwordPolicy.minLength();
    }

    public boolean isSelf(String username) {
        return username != null && username.equalsIgnoreCase(manager());
    }

    private String manager() {
        return security.getCallerPrincipal().getName();
    }

    private void showOneTimePassword(String owner, String password) {
        oneTimePasswordOwner = owner;
        oneTimePassword = password;
    }

    /** Every action starts here: what the last answer showed (a one-time password, the changes) is forgotten. */
    private void forgetWhatWasShown() {
        oneTimePassword = null;
        oneTimePasswordOwner = null;
        changes = null;
    }

    private void failed(RuntimeException e) {
        LOG.log(Level.WARNING, "An accounts change failed: {0}", e.toString());
        messages.error("accounts.failed");
    }

    private void refuse(AccountRefused refused) {
        messages.error(refused.messageKey(), refused.arguments());
    }

    /** Read once: the password leaves the view as soon as it has been rendered. */
    public String takeOneTimePassword() {
        String password = oneTimePassword;
        oneTimePassword = null;
        return password;
    }

    public boolean isOneTimePasswordShown() {
        return oneTimePassword != null;
    }

    public String getOneTimePasswordOwner() {
        return oneTimePasswordOwner;
    }

    public AccountTableModel getModel() {
        return model;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Boolean getEnabledFilter() {
        return enabled;
    }

    public void setEnabledFilter(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public boolean isGeneratePassword() {
        return generatePassword;
    }

    public void setGeneratePassword(boolean generatePassword) {
        this.generatePassword = generatePassword;
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

    public String getEditedUsername() {
        return editedUsername;
    }

    public String getEditedDisplayName() {
        return editedDisplayName;
    }

    public void setEditedDisplayName(String editedDisplayName) {
        this.editedDisplayName = editedDisplayName;
    }

    public Role getEditedRole() {
        return editedRole;
    }

    public void setEditedRole(Role editedRole) {
        this.editedRole = editedRole;
    }
}
