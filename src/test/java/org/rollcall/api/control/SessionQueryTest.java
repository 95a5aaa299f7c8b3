package org.rollcall.api.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rollcall.monitor.control.SessionSort;

class SessionQueryTest {

    @Test
    void withNothingAskedItIsTheGridsFirstPage() throws InvalidRequest {
        SessionQuery query = SessionQuery.parse(null, null, null, null, null, null);
        assertEquals(new SessionSort("lastActivity", false), query.sort(), "most recently active first");
        assertEquals(0, query.offset());
        assertEquals(50, query.limit());
        assertFalse(query.danglingOnly());
    }

    @Test
    void sortsEitherWayOnTheGridsColumns() throws InvalidRequest {
        assertEquals(new SessionSort("username", true),
                SessionQuery.parse(null, null, null, "username", null, null).sort());
        assertEquals(new SessionSort("loginAt", false),
                SessionQuery.parse(null, null, null, "-loginAt", null, null).sort());
        assertEquals(new SessionSort("node", true), SessionQuery.parse(null, null, null, "+node", null, null).sort());
        assertTrue(SessionQuery.parse(null, null, "TRUE", null, "10", "500").danglingOnly());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        InvalidRequest invalid = assertThrows(InvalidRequest.class,
                () -> SessionQuery.parse("u".repeat(101), null, "yes", "userAgent", "-1", "501"));
        assertEquals(List.of("dangling", "sort", "offset", "limit", "user"),
                invalid.errors().stream().map(InvalidRequest.FieldError::field).toList());
        assertEquals("sort must be one of expiresAt, ipAddress, lastActivity, loginAt, node, username, with a leading "
                + "- for descending; not \"userAgent\".", invalid.errors().get(1).detail());
        assertEquals("limit must be a whole number from 1 to 500, not \"501\".", invalid.errors().get(3).detail());
    }

    @Test
    void aHostileValueIsQuotedShortAndWithoutControlCharacters() {
        InvalidRequest invalid = assertThrows(InvalidRequest.class,
                () -> SessionQuery.parse(null, null, null, null, "1\r\nX-Injected: yes" + "9".repeat(100), null));
        String detail = invalid.errors().get(0).detail();
        assertFalse(detail.contains("\n") || detail.contains("\r"), detail);
        assertTrue(detail.length() < 120, detail);
    }
}
