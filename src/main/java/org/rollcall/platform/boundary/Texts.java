package org.rollcall.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts people read, from the bundle {@code msg} in the page's language (English, German or French).
 * Outside a Faces request (a download served by a plain servlet) the same bundle in the site's default language.
 */
@RequestScoped
public class Texts {

    /** The bundle {@code faces-config.xml} names {@code msg}. */
    static final String BUNDLE = "org.rollcall.messages";

    public String get(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /**
     * The page's language, for numbers and dates in it: the one the bundle is read in. Before a view exists, the
     * language the page will have; outside a Faces request, English.
     */
    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Locale.ENGLISH;
        }
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : faces.getApplication().getViewHandler().calculateLocale(faces);
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            return faces.getApplication().getResourceBundle(faces, "msg");
        }
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    }
}
