package org.rollcall.api.boundary;

import jakarta.ws.rs.core.Response;
import org.rollcall.api.control.InvalidRequest;

/** Thrown by a resource to answer with a problem: nothing has been changed when it is thrown. */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ApiProblem(Response.Status status, String detail) {
        this(Problem.of(status, detail));
    }

    public ApiProblem(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    /** 400: the request can't be read as it is; the detail is its first error, and all of them follow. */
    public static ApiProblem badRequest(InvalidRequest invalid) {
        return new ApiProblem(Problem.of(Response.Status.BAD_REQUEST, invalid.errors().size() == 1
                ? invalid.getMessage()
                : invalid.getMessage() + " (and " + (invalid.errors().size() - 1) + " more: see errors)")
                .withErrors(invalid.errors()));
    }

    public Problem problem() {
        return problem;
    }
}
