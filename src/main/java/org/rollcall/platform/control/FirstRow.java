package org.rollcall.platform.control;

import jakarta.persistence.TypedQuery;
import java.util.Optional;

/**
 * The first row of a query, read to the end and closed. Not {@code getResultStream().findFirst()}: Hibernate
 * (WildFly) streams from an open cursor that {@code findFirst} never closes, and on Derby that cursor keeps a
 * read lock on the row until the transaction ends; two requests then deadlock when both go on to write it.
 */
public final class FirstRow {

    private FirstRow() {
    }

    public static <T> Optional<T> of(TypedQuery<T> query) {
        return query.getResultList().stream().findFirst();
    }
}
