package org.rollcall.api.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.rollcall.accounts.control.AccountRepository;
import org.rollcall.accounts.control.UsernameRules;
import org.rollcall.api.control.Quoted;
import org.rollcall.limits.control.RecentUsage;
import org.rollcall.monitor.control.RecentCounts;
import org.rollcall.monitor.control.SessionEnding;

/** All sessions of one user, ended at once: the grid's "End all of this user". */
@Path("users/{username}/sessions")
@RequestScoped
@ManagersOnly
@Produces(MediaType.APPLICATION_JSON)
public class UserSessionsResource {

    /** How many sessions of whom were ended. */
    @JsonbPropertyOrder({"username", "ended"})
    public record Ended(String username, int ended) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    SessionEnding ending;

    @Inject
    RecentUsage recentUsage;

    @Inject
    RecentCounts recentCounts;

    @Inject
    SecurityContext security;

    @Context
    HttpServletRequest request;

    /** The caller's own browser session, if they call from one, stays. 404 for an account that doesn't exist. */
    @DELETE
    public Ended endAll(@PathParam("username") String username) {
        if (!UsernameRules.isValid(username) || accounts.findByUsername(username).isEmpty()) {
            throw new ApiProblem(Response.Status.NOT_FOUND,
                    "There is no account named \"" + Quoted.of(username) + "\".");
        }
        int ended = ending.endAllOfUser(username, CallerSession.rowId(request),
                security.getCallerPrincipal().getName());
        recentUsage.forget();
        recentCounts.forget();
        return new Ended(accounts.findByUsername(username).orElseThrow().getUsername(), ended);
    }
}
