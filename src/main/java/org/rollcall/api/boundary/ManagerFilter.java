package org.rollcall.api.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.rollcall.accounts.entity.Role;

/**
 * The role check of every {@link ManagersOnly} resource, before it runs: nobody signed in is 401 (with the
 * challenge a client needs), a signed-in user who isn't a manager 403. A request the filter stops has changed
 * nothing.
 */
@Provider
@ManagersOnly
@Priority(Priorities.AUTHORIZATION)
public class ManagerFilter implements ContainerRequestFilter {

    /** The caller as the servlet request has it: null when anonymous on every server (WildFly names one). */
    @Context
    HttpServletRequest servletRequest;

    @Inject
    SecurityContext security;

    @Override
    public void filter(ContainerRequestContext request) {
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        Optional<Problem> refusedToken = BearerAuthentication.refusalOf(servletRequest);
        if (refusedToken.isPresent()) {
            Response.ResponseBuilder answer = Response.fromResponse(refusedToken.get().response(instance));
            if (refusedToken.get().status() == 401) {
                answer.header("WWW-Authenticate", BearerAuthentication.CHALLENGE + ", error=\"invalid_token\"");
            }
            request.abortWith(answer.build());
        } else if (servletRequest.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                    BearerAuthentication.NOT_SIGNED_IN).response(instance))
                    .header("WWW-Authenticate", BearerAuthentication.CHALLENGE).build());
        } else if (!security.isCallerInRole(Role.MANAGER_GROUP)) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN,
                    "Only site managers and API tokens may use this resource.").response(instance));
        }
    }
}
