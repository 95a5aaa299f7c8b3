package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;
import org.rollcall.platform.control.RollcallSettings;

/**
 * Checks a username and password against the local accounts for Jakarta Security. It runs before the directory
 * store ({@link #priority()}): a local account is decided here, by its local password. A name with no local
 * account is left to the directory when one is configured ({@code NOT_VALIDATED}), and refused otherwise.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** Before the directory store's {@link DirectoryIdentityStore#PRIORITY}: lower runs first. */
    public static final int PRIORITY = 10;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    RollcallSettings settings;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return decideLocally(credential).orElseGet(() -> {
            if (settings.ldapUrl().isPresent()) {
                return CredentialValidationResult.NOT_VALIDATED_RESULT; // the directory's to decide
            }
            hasher.verifyAgainstNobody(credential.getPassword().getValue());
            return CredentialValidationResult.INVALID_RESULT;
        });
    }

    /**
     * The answer for a name that belongs to a local account, which only its local password signs in; empty for
     * any other name (a directory account, or none).
     */
    public Optional<CredentialValidationResult> decideLocally(UsernamePasswordCredential credential) {
        String username = credential.getCaller() == null ? "" : credential.getCaller().strip();
        Optional<Account> account = username.length() > Account.USERNAME_LENGTH
                ? Optional.empty()
                : accounts.findByUsername(username).filter(Account::isLocal);
        return account.map(found -> {
            String hash = found.getPasswordHash().orElse(null);
            if (hash == null || !hasher.verify(credential.getPassword().getValue(), hash) || !found.isEnabled()) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            return new CredentialValidationResult(found.getUsername(), found.getRole().groups());
        });
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}
