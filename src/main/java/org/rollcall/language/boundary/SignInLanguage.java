package org.rollcall.language.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.accounts.entity.Account;
import org.rollcall.language.control.PreferredLanguages;
import org.rollcall.language.control.SupportedLanguage;

/**
 * At a sign-in, the newest pick wins: one made on the sign-in page just before is kept on the account; without
 * one, the account's language wins over this browser's, so someone who picked German on their laptop reads German
 * on a borrowed phone too.
 */
@ApplicationScoped
public class SignInLanguage {

    private static final Logger LOG = Logger.getLogger(SignInLanguage.class.getName());

    @Inject
    PreferredLanguages preferred;

    public void signedIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        Optional<SupportedLanguage> pickedJustBefore = pickedBeforeSignIn(request);
        if (pickedJustBefore.isPresent()) {
            try {
                preferred.prefer(account.getUsername(), pickedJustBefore.get());
            } catch (RuntimeException e) { // the sign-in stands; the pick stays in this browser
                LOG.log(Level.WARNING, "The language picked before {0} signed in could not be kept: {1}",
                        new Object[] {account.getUsername(), e.toString()});
            }
            return;
        }
        account.preferredLanguage().flatMap(SupportedLanguage::of)
                .ifPresent(own -> LanguageCookie.write(request, response, own));
    }

    private static Optional<SupportedLanguage> pickedBeforeSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object picked = session.getAttribute(LanguageMenu.PICKED_BEFORE_SIGN_IN);
        session.removeAttribute(LanguageMenu.PICKED_BEFORE_SIGN_IN);
        return picked instanceof SupportedLanguage language ? Optional.of(language) : Optional.empty();
    }
}
