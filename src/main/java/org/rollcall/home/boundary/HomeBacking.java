package org.rollcall.home.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.rollcall.accounts.control.AccountRepository;
import org.rollcall.accounts.entity.Account;
import org.rollcall.limits.control.LimitSettings;

/** "Signed in as … · N active sessions on this site". */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    /** The figures the managers' pages show, reused for a few seconds: not a count per page view per user. */
    @Inject
    LimitSettings limitSettings;

    private Account account;
    private Long liveSessions;

    public Account getAccount() {
        if (account == null) {
            account = accounts.findByUsername(security.getCallerPrincipal().getName()).orElseThrow();
        }
        return account;
    }

    public long getLiveSessions() {
        if (liveSessions == null) {
            liveSessions = limitSettings.usage().inUse();
        }
        return liveSessions;
    }
}
