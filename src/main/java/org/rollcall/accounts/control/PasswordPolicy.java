package org.rollcall.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rollcall.platform.control.RollcallSettings;

/** The site's password rules, made once: the common-password list is read from the WAR at the first use. */
@ApplicationScoped
public class PasswordPolicy {

    @Inject
    RollcallSettings settings;

    private PasswordRules rules;

    @PostConstruct
    void readRules() {
        rules = PasswordRules.withShippedList(settings.passwordMinLength());
    }

    public int minLength() {
        return rules.minLength();
    }

    /** Throws with the reason when {@code password} can't be {@code username}'s new password. */
    public void check(char[] password, String username) throws AccountRefused {
        rules.check(password, username);
    }
}
