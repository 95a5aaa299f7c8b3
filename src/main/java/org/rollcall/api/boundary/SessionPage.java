package org.rollcall.api.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** One page of live sessions and how many the filter matches in all. */
@JsonbPropertyOrder({"total", "offset", "limit", "sessions"})
public record SessionPage(long total, int offset, int limit, List<SessionJson> sessions) {
}
