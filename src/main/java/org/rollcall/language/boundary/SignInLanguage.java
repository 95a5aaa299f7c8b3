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
 * At a sign-in, the account's language wins over this browser's: someone who picked German on their laptop reads
 * German on a borrowed phone too. An account without a pick takes one made on the sign-in page just before.
 */
@ApplicationScoped
public class SignInLanguage {

    private static final Logger LOG = Logger.getLogger(SignInLanguage.class.getName());

    @Inject
    PreferredLanguages preferred;

    public void signedIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        Optional<SupportedLanguage> own = account.preferredLanguage().flatMap(SupportedLanguage::of);
        if (own.isPresent()) {
            LanguageCookie.write(request, response, own.get());
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LanguageMenu.PICKED_BEFORE_SIGN_IN) instanceof SupportedLanguage
                picked) {
            session.removeAttribute(LanguageMenu.PICKED_BEFORE_SIGN_IN);
            try {
                preferred.prefer(account.getUsername(), picked);
            } catch (RuntimeException e) { // the sign-in stands; the pick stays in this browser
                LOG.log(Level.WARNING, "The language picked before {0} signed in could not be kept: {1}",
                        new Object[] {account.getUsername(), e.toString()});
            }
        }
    }
}
