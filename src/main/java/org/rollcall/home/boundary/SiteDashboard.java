package org.rollcall.home.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.rollcall.accounts.entity.Role;
import org.rollcall.activity.boundary.ActivityRow;
import org.rollcall.activity.boundary.ActivityRows;
import org.rollcall.activity.control.ActivityFilter;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.activity.control.ActivitySearch;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.control.Usage;
import org.rollcall.platform.boundary.Texts;

/**
 * The managers' part of the home page: how full the site is (a bar against the limit), how many sessions dangle
 * (a link to them), how many sign-ins were refused today (UTC) and the last few events. Computed only when a
 * manager asks: the page renders it for managers alone, and every getter checks the role again, so a user's
 * home page reads none of it.
 */
@Named("siteDashboard")
@RequestScoped
public class SiteDashboard {

    static final int LATEST_EVENTS = 5;

    @Inject
    SecurityContext security;

    @Inject
    LimitSettings limitSettings;

    @Inject
    ActivityLog activity;

    @Inject
    ActivitySearch search;

    @Inject
    ActivityRows activityRows;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    private Usage usage;
    private String refusedToday;
    private List<ActivityRow> latestEvents;

    public boolean isShown() {
        return security.isCallerInRole(Role.MANAGER_GROUP);
    }

    /** "14 of 40 sessions in use", or without a limit "14 sessions in use (no limit)". */
    public String getInUse() {
        Usage now = usage();
        return now.limit()
                .map(limit -> texts.get("home.site.inUse", now.inUse(), limit))
                .orElseGet(() -> texts.get("home.site.inUseUnlimited", now.inUse()));
    }

    /** The share of the limit in use, 0–100 (a full site, or one over a lowered limit, shows 100). */
    public int getPercentInUse() {
        Usage now = usage();
        return now.limit()
                .filter(limit -> limit > 0)
                .map(limit -> (int) Math.min(100, Math.round(now.inUse() * 100.0 / limit)))
                .orElse(0);
    }

    public boolean isLimited() {
        return usage().limit().isPresent();
    }

    public long getDangling() {
        return usage().dangling();
    }

    public String getDanglingText() {
        return texts.get("home.site.dangling", usage().dangling());
    }

    /** Counted in the log's time index from midnight UTC: exact, and a manager's page only; once per request. */
    public String getRefusedToday() {
        if (refusedToday == null) {
            Instant now = clock.instant();
            refusedToday = isShown() ? texts.get("home.site.refusedToday",
                    activity.tally(now.truncatedTo(ChronoUnit.DAYS), now.plusSeconds(1)).refusals()) : "";
        }
        return refusedToday;
    }

    /** Read once per request: a table asks for its value more than once while it renders. */
    public List<ActivityRow> getLatestEvents() {
        if (latestEvents == null) {
            latestEvents = !isShown() ? List.of()
                    : search.page(ActivityFilter.EVERYTHING, Optional.empty(), LATEST_EVENTS).events().stream()
                            .map(activityRows::of)
                            .toList();
        }
        return latestEvents;
    }

    private Usage usage() {
        if (usage == null) {
            usage = isShown() ? limitSettings.usage() : new Usage(0, Optional.empty(), 0, 0);
        }
        return usage;
    }
}
