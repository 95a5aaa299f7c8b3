package org.rollcall.home.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.rollcall.accounts.control.AccountRepository;
import org.rollcall.accounts.entity.Account;
import org.rollcall.sessions.control.SessionRegistry;

/** "Signed in as … · N active sessions on this site". */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    @Inject
    SessionRegistry registry;

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
            liveSessions = registry.countLive();
        }
        return liveSessions;
    }
}
