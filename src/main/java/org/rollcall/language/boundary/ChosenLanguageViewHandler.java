package org.rollcall.language.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.rollcall.language.control.SupportedLanguage;

/**
 * A page's language: the one picked in this browser, else the best match of the browser's {@code Accept-Language}
 * among the supported locales of {@code faces-config.xml} (Faces' own rule, English when none matches).
 */
public class ChosenLanguageViewHandler extends ViewHandlerWrapper {

    public ChosenLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        if (request instanceof HttpServletRequest http) {
            return LanguageCookie.read(http).map(SupportedLanguage::locale).orElseGet(() -> super.calculateLocale(context));
        }
        return super.calculateLocale(context);
    }
}
