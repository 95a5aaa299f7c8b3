package org.rollcall.api.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rollcall.api.control.InvalidRequest.FieldError;
import org.rollcall.monitor.control.SessionSort;

/**
 * A request for a page of live sessions, as a script sends it, checked before anything is read: the grid's
 * widgets can only send sorts and page sizes it offers, a URL can send anything. Bad values are reported all at
 * once, field by field, never silently replaced by defaults.
 */
public record SessionQuery(String user, String ip, boolean danglingOnly, SessionSort sort, int offset, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    public static final String DEFAULT_SORT = "-lastActivity";

    /** Parses the query parameters; null means absent. */
    public static SessionQuery parse(String user, String ip, String dangling, String sort, String offset,
            String limit) throws InvalidRequest {
        List<FieldError> errors = new ArrayList<>();
        boolean danglingOnly = dangling != null && dangling.equalsIgnoreCase("true");
        if (dangling != null && !danglingOnly && !dangling.equalsIgnoreCase("false")) {
            errors.add(new FieldError("dangling",
                    "dangling must be true or false, not \"" + Quoted.of(dangling) + "\"."));
        }
        String sortText = sort == null || sort.isBlank() ? DEFAULT_SORT : sort.strip();
        boolean descending = sortText.startsWith("-");
        String field = descending || sortText.startsWith("+") ? sortText.substring(1) : sortText;
        if (!SessionSort.isSortable(field)) {
            errors.add(new FieldError("sort", "sort must be one of " + String.join(", ", SessionSort.sortableFields())
                    + ", with a leading - for descending; not \"" + Quoted.of(sortText) + "\"."));
        }
        Optional<Integer> first = number(offset, 0, "offset", 0, Integer.MAX_VALUE - MAX_LIMIT, errors);
        Optional<Integer> size = number(limit, DEFAULT_LIMIT, "limit", 1, MAX_LIMIT, errors);
        if (user != null && user.length() > 100) {
            errors.add(new FieldError("user", "user is at most 100 characters."));
        }
        if (ip != null && ip.length() > 45) {
            errors.add(new FieldError("ip", "ip is the start of an address: at most 45 characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return new SessionQuery(user, ip, danglingOnly, new SessionSort(field, !descending), first.get(), size.get());
    }

    private static Optional<Integer> number(String text, int absent, String field, int min, int max,
            List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Optional.of(absent);
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        errors.add(new FieldError(field, field + " must be a whole number from " + min + " to " + max + ", not \""
                + Quoted.of(text) + "\"."));
        return Optional.empty();
    }
}
