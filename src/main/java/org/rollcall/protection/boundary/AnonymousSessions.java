package org.rollcall.protection.boundary;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;

/**
 * Gives every new HTTP session a short life: until someone signs in on it, it only holds the sign-in form's
 * state and the page asked for, and a visitor (or a script) that loads the sign-in page and leaves shouldn't
 * keep server memory for half an hour. Signing in sets the real idle timeout; a sign-in form left open longer
 * than this is shown again with a note, not an error.
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) LIFETIME.toSeconds());
    }
}
