package org.rollcall.api.boundary;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every failure of an API request answers as problem details, whichever server's Jakarta REST implementation
 * raised it: Rollcall's own refusals, the implementation's (no such path, wrong method or media type), and
 * anything unforeseen, which is logged and never shown (no stack traces, no SQL).
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class Refusals implements ExceptionMapper<ApiProblem> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ApiProblem refusal) {
            return refusal.problem().response(uri.getRequestUri().getRawPath());
        }
    }

    @Provider
    public static class HttpErrors implements ExceptionMapper<WebApplicationException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException error) {
            return problemFor(error, uri.getRequestUri().getRawPath());
        }

        static Response problemFor(WebApplicationException error, String instance) {
            Response original = error.getResponse();
            int status = original == null ? 500 : original.getStatus();
            Response.ResponseBuilder answer = Response.fromResponse(
                    Problem.of(status, detailOf(error, status)).response(instance));
            if (original != null && original.getHeaderString("Allow") != null) {
                answer.header("Allow", original.getHeaderString("Allow"));
            }
            return answer.type(Problem.MEDIA_TYPE).build();
        }

        private static String detailOf(WebApplicationException error, int status) {
            if (error instanceof NotFoundException) {
                return "There is no such resource in this API; see /api/v1/openapi.yaml.";
            }
            if (error instanceof NotAllowedException) {
                return "This resource does not answer that method; the Allow header lists those it does.";
            }
            if (error instanceof NotSupportedException) {
                return "Send the request's body as JSON (Content-Type: application/json).";
            }
            if (error instanceof NotAcceptableException) {
                return "This resource answers only in the media types /api/v1/openapi.yaml names for it.";
            }
            if (status >= 500) {
                LOG.log(Level.WARNING, "An API request failed: {0}", error.toString());
                return "Rollcall could not answer this request; nothing was changed.";
            }
            return "The request could not be understood as sent.";
        }
    }

    @Provider
    public static class Unforeseen implements ExceptionMapper<RuntimeException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException failure) {
            String instance = uri.getRequestUri().getRawPath();
            if (failure instanceof WebApplicationException web) {
                return HttpErrors.problemFor(web, instance); // some implementations pick the most general mapper
            }
            LogRecord record = new LogRecord(Level.WARNING, "An API request to {0} failed: {1}");
            record.setLoggerName(LOG.getName());
            record.setParameters(new Object[] {instance, failure.toString()});
            record.setThrown(failure); // for the log only: the answer names no exception
            LOG.log(record);
            if (databaseFailure(failure)) {
                return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "Rollcall can't reach its database right now; "
                        + "nothing was changed. Try again shortly.").response(instance);
            }
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                    "Rollcall could not answer this request; nothing was changed.").response(instance);
        }

        private static boolean databaseFailure(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof PersistenceException || cause instanceof SQLException) {
                    return true;
                }
            }
            return false;
        }
    }
}
