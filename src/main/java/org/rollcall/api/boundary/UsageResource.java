package org.rollcall.api.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.rollcall.activity.control.ActivityLog;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.control.Usage;

/**
 * How full the site is now, as the home dashboard shows it: live and dangling sessions, the people they belong
 * to, the limit in force (the lower of the provider's cap and the site's own), the cap, and sign-ins refused
 * since midnight UTC. Site-wide figures, the same from every node (counts up to a few seconds old).
 */
@Path("usage")
@RequestScoped
@ManagersOnly
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    @JsonbPropertyOrder({"live", "dangling", "users", "limit", "providerCap", "refusedToday", "at"})
    public record UsageJson(long live, long dangling, long users, Integer limit, Integer providerCap,
            long refusedToday, Instant at) {
    }

    @Inject
    LimitSettings limitSettings;

    @Inject
    ActivityLog activity;

    @Inject
    Clock clock;

    @GET
    public UsageJson usage() {
        Instant now = clock.instant();
        Usage usage = limitSettings.usage();
        return new UsageJson(usage.inUse(), usage.dangling(), usage.people(), usage.limit().orElse(null),
                limitSettings.providerCap().orElse(null),
                activity.tally(now.truncatedTo(ChronoUnit.DAYS), now.plusSeconds(1)).refusals(), now);
    }
}
