package org.rollcall.api.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rollcall.database.control.DatabaseHealth;

/**
 * For load balancers and orchestrators, without signing in: {@code live} says the process answers (restart it if
 * not), {@code ready} that it can serve (its database answers with the current schema; send it no traffic if
 * not). Nothing but UP or DOWN: what is wrong goes to the server's log, not to whoever asks.
 */
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @JsonbPropertyOrder({"status"})
    public record Health(String status) {
    }

    private static final Health UP = new Health("UP");
    private static final Health DOWN = new Health("DOWN");

    @Inject
    DatabaseHealth database;

    @GET
    @Path("live")
    public Response live() {
        return answer(true);
    }

    @GET
    @Path("ready")
    public Response ready() {
        return answer(database.ready());
    }

    private static Response answer(boolean up) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(up ? UP : DOWN)
                .cacheControl(noStore)
                .build();
    }
}
