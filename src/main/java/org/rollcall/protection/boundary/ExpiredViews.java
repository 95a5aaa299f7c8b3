package org.rollcall.protection.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form whose view state the server no longer has (a page left open past its session, a restart, or a
 * forged or garbled {@code jakarta.faces.ViewState}), or whose PrimeFaces CSP nonce is garbled, loads its page
 * again instead of failing with a 500 and a stack trace in the log.
 * Nothing was done with the form, so nothing is lost but the typing; the sign-in page says so
 * ({@code ?expired=true}). Registered in {@code faces-config.xml}.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    static final String SIGN_IN_VIEW = "/login.xhtml";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                Optional<ViewExpiredException> expired = find(thrown, ViewExpiredException.class);
                if (expired.isPresent()) {
                    events.remove();
                    reload(expired.get().getViewId());
                } else if (find(thrown, CspException.class).isPresent()) {
                    events.remove();
                    reload(FacesContext.getCurrentInstance().getViewRoot() == null ? null
                            : FacesContext.getCurrentInstance().getViewRoot().getViewId());
                }
            }
            getWrapped().handle();
        }

        /**
         * Loads the view again, unless the page has already been answered: PrimeFaces reports a post without
         * the nonce its script adds (a client without JavaScript) only after the page was rendered, and that
         * page (with its message) is the right answer.
         */
        private static void reload(String expiredViewId) {
            FacesContext faces = FacesContext.getCurrentInstance();
            String viewId = expiredViewId == null ? SIGN_IN_VIEW : expiredViewId;
            if (faces.getExternalContext().isResponseCommitted()) {
                LOG.log(Level.FINE, "View {0} was answered before its nonce was found missing.", viewId);
                return;
            }
            LOG.log(Level.FINE, "View {0} expired; loading it again.", viewId);
            String url = faces.getExternalContext().getRequestContextPath() + viewId
                    + (SIGN_IN_VIEW.equals(viewId) ? "?expired=true" : "");
            try {
                faces.getExternalContext().redirect(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }

        private static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
            Throwable cause = thrown;
            for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
                if (type.isInstance(cause)) {
                    return Optional.of(type.cast(cause));
                }
            }
            return Optional.empty();
        }
    }
}
