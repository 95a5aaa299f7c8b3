package org.rollcall.limits.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.control.Usage;
import org.rollcall.platform.boundary.Texts;

/**
 * "14 of 20 sessions in use · 3 dangling · 9 users", for the settings and active sessions pages; counted once
 * per request however often the page asks.
 */
@Named("usage")
@RequestScoped
public class UsageSummary {

    @Inject
    LimitSettings limitSettings;

    @Inject
    Texts texts;

    private Usage usage;

    public String getLine() {
        Usage current = usage();
        return current.limit()
                .map(limit -> texts.get("usage.ofLimit", current.inUse(), limit, current.dangling(), current.people()))
                .orElseGet(() -> texts.get("usage.unlimited", current.inUse(), current.dangling(), current.people()));
    }

    /** Live sessions now (counted once per request, however many parts of the page ask). */
    public long getInUse() {
        return usage().inUse();
    }

    public String getDanglingHint() {
        return texts.get("usage.danglingHint", limitSettings.danglingThreshold().toMinutes());
    }

    private Usage usage() {
        if (usage == null) {
            usage = limitSettings.usage();
        }
        return usage;
    }
}
