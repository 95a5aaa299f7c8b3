package org.rollcall.api.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.rollcall.api.control.InvalidRequest.FieldError;

/**
 * An error as RFC 9457 problem details: what went wrong in words a person can act on ({@code detail}), and for
 * bad input which field and why ({@code errors}). Built with JSON-P so the authentication mechanism, which runs
 * before Jakarta REST, answers in the same shape.
 */
public record Problem(int status, String title, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.Status status, String detail) {
        return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    public static Problem of(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return new Problem(status, known == null ? "Error" : known.getReasonPhrase(), detail, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(status, title, detail, List.copyOf(fieldErrors));
    }

    public JsonObject toJson(String instance) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(error -> list.add(Json.createObjectBuilder()
                    .add("field", error.field())
                    .add("detail", error.detail())));
            json.add("errors", list);
        }
        return json.build();
    }

    public Response response(String instance) {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson(instance).toString()).build();
    }
}
