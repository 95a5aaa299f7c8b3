package org.rollcall.api.control;

import java.util.List;

/** What is wrong with a request, field by field, all at once: a script's author fixes every mistake in one go. */
public class InvalidRequest extends Exception {

    private static final long serialVersionUID = 1L;

    /** A field of the request and what is wrong with it. */
    public record FieldError(String field, String detail) {
    }

    private final transient List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(errors.get(0).detail(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequest of(String field, String detail) {
        return new InvalidRequest(List.of(new FieldError(field, detail)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
