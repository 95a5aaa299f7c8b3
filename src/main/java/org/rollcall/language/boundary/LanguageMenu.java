package org.rollcall.language.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rollcall.language.control.PreferredLanguages;
import org.rollcall.language.control.SupportedLanguage;

/**
 * The language menu on every page. A pick holds for this browser at once (cookie) and, for someone signed in,
 * on their account; a pick made before signing in is saved on the account at the sign-in.
 */
@Named("language")
@RequestScoped
public class LanguageMenu {

    private static final Logger LOG = Logger.getLogger(LanguageMenu.class.getName());

    /** A pick made on the sign-in page, to be kept on the account of whoever signs in from this visit. */
    public static final String PICKED_BEFORE_SIGN_IN = LanguageMenu.class.getName() + ".pickedBeforeSignIn";

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    PreferredLanguages preferred;

    public List<SupportedLanguage> getLanguages() {
        return List.of(SupportedLanguage.values());
    }

    public SupportedLanguage getCurrent() {
        return SupportedLanguage.of(faces.getViewRoot().getLocale()).orElse(SupportedLanguage.ENGLISH);
    }

    /**
     * Picks the language named by the request parameter {@code language} and shows the page again in it. An
     * unknown tag (a forged form) changes nothing.
     */
    public void choose() throws IOException {
        String tag = external.getRequestParameterMap().get("language");
        Optional<SupportedLanguage> picked = SupportedLanguage.of(tag);
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (picked.isPresent()) {
            SupportedLanguage language = picked.get();
            LanguageCookie.write(request, (HttpServletResponse) external.getResponse(), language);
            keep(request, language);
        }
        // The same page again, with its view parameters (a filter, why a session ended), now in the new language.
        String viewId = faces.getViewRoot().getViewId();
        external.redirect(faces.getApplication().getViewHandler().getRedirectURL(faces, viewId, Map.of(), true));
    }

    private void keep(HttpServletRequest request, SupportedLanguage language) {
        Principal caller = request.getUserPrincipal();
        if (caller == null) {
            request.getSession().setAttribute(PICKED_BEFORE_SIGN_IN, language);
            return;
        }
        try {
            preferred.prefer(caller.getName(), language);
        } catch (RuntimeException e) { // the database is down: the browser keeps the pick all the same
            LOG.log(Level.WARNING, "The language {0} picked by {1} could not be kept on the account: {2}",
                    new Object[] {language.tag(), caller.getName(), e.toString()});
        }
    }
}
