package org.rollcall.language.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.rollcall.language.control.SupportedLanguage;

/**
 * The language picked in this browser. A cookie, not the HTTP session: the pick must outlive signing out, so that
 * the sign-in page after it speaks the same language. It holds a language tag and nothing else, so it needs no
 * protection beyond HttpOnly and SameSite; a forged or unknown value is ignored.
 */
public final class LanguageCookie {

    static final String NAME = "rollcall-language";
    private static final Duration KEPT_FOR = Duration.ofDays(365);

    /** A pick made during this request, for the rest of it (the browser sends the cookie from the next one on). */
    private static final String PICKED_NOW = LanguageCookie.class.getName() + ".pickedNow";

    private LanguageCookie() {
    }

    public static Optional<SupportedLanguage> read(HttpServletRequest request) {
        Object now = request.getAttribute(PICKED_NOW);
        if (now instanceof SupportedLanguage language) {
            return Optional.of(language);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).findFirst()
                .flatMap(c -> SupportedLanguage.of(c.getValue()));
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, SupportedLanguage language) {
        Cookie cookie = new Cookie(NAME, language.tag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(Math.toIntExact(KEPT_FOR.toSeconds()));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(PICKED_NOW, language);
    }
}
