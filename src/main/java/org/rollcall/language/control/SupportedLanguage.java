package org.rollcall.language.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages with a complete bundle. The names are each language's own, never translated: someone who can't
 * read the page finds their language by its name in their language.
 */
public enum SupportedLanguage {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch"),
    FRENCH("fr", "Français");

    private final String tag;
    private final String ownName;

    SupportedLanguage(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    /** The language of a tag such as {@code de} or {@code de-AT}; empty for one Rollcall doesn't speak. */
    public static Optional<SupportedLanguage> of(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }

    public static Optional<SupportedLanguage> of(Locale locale) {
        return locale == null ? Optional.empty() : of(locale.getLanguage());
    }

    public String tag() {
        return tag;
    }

    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
