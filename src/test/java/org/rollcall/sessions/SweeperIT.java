package org.rollcall.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.sessions.control.ExpiredSessionSweeper;
import org.rollcall.sessions.control.SessionRegistry;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.SessionRows;

/** The sweeper removes expired rows in batches and leaves every live one, and restarts end a node's leftovers. */
@ExtendWith(ArquillianExtension.class)
class SweeperIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @Inject
    SessionRows rows;

    @Inject
    ExpiredSessionSweeper sweeper;

    @Inject
    SessionRegistry registry;

    @Test
    void removesFiveThousandExpiredRowsInBatchesAndKeepsLiveOnes() {
        Instant now = Instant.now();
        String expired = "expired-" + UUID.randomUUID();
        String live = "live-" + UUID.randomUUID();
        rows.insert("alice", 5_000, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), expired);
        rows.insert("bob", 3, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(25)), live);
        long liveBefore = registry.countLive();

        ExpiredSessionSweeper.Sweep sweep = sweeper.sweep();

        assertTrue(sweep.rows() >= 5_000, "removed the expired rows, reported " + sweep);
        assertTrue(sweep.batches() >= 10, "in batches of at most 500, reported " + sweep);
        assertEquals(0, rows.countByUserAgent(expired), "no expired row left");
        assertEquals(3, rows.countByUserAgent(live), "live rows untouched");
        assertEquals(liveBefore, registry.countLive(), "nothing live was removed");
    }

    @Test
    void anEndedRowStaysUntilItsExpirySoItsBrowserCanBeToldWhy() {
        Instant now = Instant.now();
        String ended = "ended-" + UUID.randomUUID();
        rows.insert("carol", 1, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(25)), ended);
        UserSession row = rows.byUserAgent(ended).get(0);
        registry.end(row.getId(), EndReason.ENDED_BY_MANAGER);

        sweeper.sweep();

        assertEquals(EndReason.ENDED_BY_MANAGER, rows.find(row.getId()).orElseThrow().getEndReason());
    }

    @Test
    void aRestartEndsTheRowsItsNodeLeftOpenAndNoOthers() {
        Instant now = Instant.now();
        String marker = "leftover-" + UUID.randomUUID();
        rows.insert("dave", 2, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(25)), marker);
        long liveBefore = registry.countLive();

        int ended = registry.endLeftoversOf("it-node");

        assertTrue(ended >= 2, "ended this node's rows");
        rows.byUserAgent(marker).forEach(r -> assertEquals(EndReason.SERVER_RESTARTED, r.getEndReason()));
        assertEquals(liveBefore - ended, registry.countLive(), "rows of other nodes stay live");
    }
}
