package org.rollcall.api.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.rollcall.metrics.control.RollcallMeters;

/** Rollcall's metrics in Prometheus' text format, for a scrape with an API token (or a manager's session). */
@Path("metrics")
@RequestScoped
@ManagersOnly
public class MetricsResource {

    /** Prometheus' text exposition format, version 0.0.4: what every Prometheus scrapes. */
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    RollcallMeters meters;

    @GET
    @Produces(TEXT_FORMAT)
    public String metrics() {
        return meters.scrape();
    }
}
