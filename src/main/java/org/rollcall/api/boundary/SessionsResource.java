package org.rollcall.api.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.rollcall.api.control.InvalidRequest;
import org.rollcall.api.control.Quoted;
import org.rollcall.api.control.SessionQuery;
import org.rollcall.limits.control.LimitSettings;
import org.rollcall.limits.control.RecentUsage;
import org.rollcall.monitor.control.DeviceParser;
import org.rollcall.monitor.control.RecentCounts;
import org.rollcall.monitor.control.SessionEnding;
import org.rollcall.monitor.control.SessionFilter;
import org.rollcall.monitor.control.SessionSearch;
import org.rollcall.monitor.control.SessionView;
import org.rollcall.sessions.entity.UserSession;

/**
 * Live sessions, as Site → Active sessions shows them: the same search (filters, sorts, paging in the database),
 * and ending one works exactly as the grid's button does, so its browser is signed out at its next click on
 * whichever node it is.
 */
@Path("sessions")
@RequestScoped
@ManagersOnly
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    /** Longer than any row id; anything longer is no session's. */
    static final int MAX_ID_LENGTH = 64;

    @Inject
    SessionSearch search;

    @Inject
    SessionEnding ending;

    @Inject
    DeviceParser devices;

    @Inject
    LimitSettings limitSettings;

    @Inject
    RecentUsage recentUsage;

    @Inject
    RecentCounts recentCounts;

    @Inject
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    public SessionPage list(@QueryParam("user") String user, @QueryParam("ip") String ip,
            @QueryParam("dangling") String dangling, @QueryParam("sort") String sort,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        SessionQuery query;
        try {
            query = SessionQuery.parse(user, ip, dangling, sort, offset, limit);
        } catch (InvalidRequest invalid) {
            throw ApiProblem.badRequest(invalid);
        }
        Instant idleSince = limitSettings.danglingSince();
        SessionFilter filter = SessionFilter.everyone(idleSince).withCriteria(query.user(), query.ip(),
                query.danglingOnly());
        List<SessionJson> rows = search.find(filter, List.of(query.sort()), query.offset(), query.limit()).stream()
                .map(row -> json(row, idleSince))
                .toList();
        return new SessionPage(search.count(filter), query.offset(), query.limit(), rows);
    }

    @GET
    @Path("{id}")
    public SessionJson one(@PathParam("id") String id) {
        Instant idleSince = limitSettings.danglingSince();
        return search.findLive(checked(id), SessionFilter.everyone(idleSince))
                .map(row -> json(row, idleSince))
                .orElseThrow(() -> noSuchSession(id));
    }

    /**
     * 204 once ended; 404 when there is no such live session (already ended, never one, or expired: a row past its
     * expiry that the sweep hasn't removed yet is as good as gone, and ending it would record an end that wasn't).
     */
    @DELETE
    @Path("{id}")
    public Response end(@PathParam("id") String id) {
        String own = CallerSession.rowId(request);
        if (checked(id).equals(own)) {
            throw new ApiProblem(Response.Status.CONFLICT,
                    "This is the session making the request: sign out instead of ending it from here.");
        }
        if (search.findLive(id, SessionFilter.everyone(limitSettings.danglingSince())).isEmpty()
                || ending.endByManager(List.of(id), own, security.getCallerPrincipal().getName()) == 0) {
            throw noSuchSession(id);
        }
        recentUsage.forget();
        recentCounts.forget();
        return Response.noContent().build();
    }

    private static String checked(String id) {
        if (id.length() > MAX_ID_LENGTH) {
            throw noSuchSession(id);
        }
        return id;
    }

    static ApiProblem noSuchSession(String id) {
        return new ApiProblem(Response.Status.NOT_FOUND, "There is no live session with that id (" + Quoted.of(id)
                + "): it ended, expired, or never existed.");
    }

    private SessionJson json(UserSession row, Instant idleSince) {
        return SessionJson.of(SessionView.of(row, devices.parse(row.getUserAgent()), idleSince,
                CallerSession.rowId(request)));
    }
}
