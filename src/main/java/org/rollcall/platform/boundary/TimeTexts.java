package org.rollcall.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times for pages: relative in the text ({@code #{time.ago(...)}}), exact on hover ({@code #{time.exact(...)}}). */
@Named("time")
@RequestScoped
public class TimeTexts {

    /** Medium length in the page's language ("Dec 3, 2026, 2:05:09 PM", "03.12.2026, 14:05:09"); always in UTC. */
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneOffset.UTC);

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    public String ago(Instant then) {
        if (then == null) {
            return "";
        }
        RelativeTime.Phrase phrase = RelativeTime.between(then, clock.instant());
        return texts.get(phrase.key(), phrase.amount());
    }

    public String exact(Instant time) {
        return time == null ? "" : EXACT.withLocale(texts.locale()).format(time) + " UTC";
    }
}
