package org.rollcall.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.rollcall.accounts.entity.Account;

/** Checks a username and password against the accounts table for Jakarta Security. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller() == null ? "" : credential.getCaller().strip();
        char[] password = credential.getPassword().getValue();
        Optional<Account> account = username.length() > Account.USERNAME_LENGTH
                ? Optional.empty()
                : accounts.findByUsername(username);
        if (account.isEmpty()) {
            hasher.verifyAgainstNobody(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account found = account.get();
        if (!hasher.verify(password, found.getPasswordHash()) || !found.isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(found.getUsername(), found.getRole().groups());
    }
}
