package org.rollcall.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * What an action tells the person on the page, from the resource bundle: a confirmation, or a refusal, which
 * also marks the request as failed so dialogs stay open and {@code args.validationFailed} is true.
 */
@RequestScoped
public class PageMessages {

    @Inject
    FacesContext faces;

    @Inject
    Texts texts;

    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key, arguments), null));
    }

    /** Nothing was done, and nothing went wrong: what was asked for had already happened. */
    public void warn(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get(key, arguments), null));
    }

    public void error(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(key, arguments), null));
        faces.validationFailed();
    }
}
