package org.rollcall.home.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.rollcall.accounts.control.AccountRepository;
import org.rollcall.accounts.entity.Account;
import org.rollcall.activity.boundary.ActivityRow;
import org.rollcall.activity.boundary.ActivityRows;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.platform.boundary.Texts;
import org.rollcall.sessions.control.SessionRegistry;

/**
 * What everyone's home page shows of their own account: who they are, how many sessions they have, and their
 * latest sign-ins and refusals (a refusal they didn't cause is someone trying their password). Two reads by the
 * account's own indexes, whatever the site's size.
 */
@Named("home")
@RequestScoped
public class HomeBacking {

    /** How many of the latest sign-ins the home page lists; My sessions has more. */
    static final int RECENT_SIGN_INS = 5;

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    @Inject
    SessionRegistry registry;

    @Inject
    ActivityLog activity;

    @Inject
    ActivityRows activityRows;

    @Inject
    Texts texts;

    private Account account;
    private List<ActivityRow> recentSignIns;

    public Account getAccount() {
        if (account == null) {
            account = accounts.findByUsername(security.getCallerPrincipal().getName()).orElseThrow();
        }
        return account;
    }

    /** "You have 2 live sessions, this one included." */
    public String getOwnSessions() {
        return texts.get("home.ownSessions", registry.countLiveOf(getAccount()));
    }

    public List<ActivityRow> getRecentSignIns() {
        if (recentSignIns == null) {
            recentSignIns = activity.recentSignInsOf(getAccount().getId(), RECENT_SIGN_INS).stream()
                    .map(activityRows::of)
                    .toList();
        }
        return recentSignIns;
    }
}
