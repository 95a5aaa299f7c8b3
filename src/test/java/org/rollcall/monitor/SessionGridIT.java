package org.rollcall.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.monitor.control.SessionEnding;
import org.rollcall.monitor.control.SessionFilter;
import org.rollcall.monitor.control.SessionSearch;
import org.rollcall.monitor.control.SessionSort;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.LimitFixtures;
import org.rollcall.testing.SessionRows;

/**
 * The sessions grid's data: filtered, sorted and paged by the database, also over 100,000 rows; and the end
 * actions with their rules (a manager's own session kept, owners end only their own, whatever id is posted).
 */
@ExtendWith(ArquillianExtension.class)
class SessionGridIT {

    private static final Logger LOG = Logger.getLogger(SessionGridIT.class.getName());
    private static final SessionSort NEWEST_FIRST = new SessionSort("lastActivity", false);

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Inject
    SessionSearch search;

    @Inject
    SessionEnding ending;

    @Inject
    SessionRows rows;

    @Inject
    LimitFixtures site;

    private Instant now;

    @BeforeEach
    void emptySite() {
        site.reset();
        now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as every database keeps it
    }

    @Test
    void filtersSortsAndPagesInTheDatabase() {
        String agent = "grid-" + UUID.randomUUID();
        rows.insert("alice", 15, now, Duration.ofMinutes(2), now.plus(Duration.ofHours(1)), "10.1.0.7", agent);
        rows.insert("bob", 15, now.minusSeconds(60), Duration.ofMinutes(2), now.plus(Duration.ofHours(1)),
                "10.2.0.9", agent);

        assertEquals(30, search.count(all()));
        assertEquals(15, search.count(all().withCriteria("ALI", null, false)), "user filter, any case");
        assertEquals(15, search.count(all().withCriteria(null, "10.2.", false)), "IP prefix filter");
        assertEquals(0, search.count(all().withCriteria("%", null, false)), "a typed % is not a wildcard");

        List<UserSession> pages = new ArrayList<>();
        for (int first = 0; first < 30; first += 7) {
            pages.addAll(search.find(all(), List.of(NEWEST_FIRST), first, 7));
        }
        assertEquals(30, pages.size());
        assertEquals(30, pages.stream().map(UserSession::getId).distinct().count(), "pages don't overlap");
        for (int i = 1; i < pages.size(); i++) {
            assertFalse(pages.get(i).getLastActivity().isAfter(pages.get(i - 1).getLastActivity()), "newest first");
        }
        List<UserSession> byUser = search.find(all(), List.of(new SessionSort("username", true)), 0, 15);
        assertTrue(byUser.stream().allMatch(r -> r.getAccount().getUsername().equals("alice")), "sorted by user");
    }

    @Test
    void danglingOnlyShowsSessionsIdleBeyondTheThreshold() {
        String agent = "dangling-" + UUID.randomUUID();
        rows.insert("carol", 10, now, Duration.ofMinutes(10), now.plus(Duration.ofHours(1)), "10.3.0.1", agent);
        SessionFilter idleForAnHour = new SessionFilter(Optional.empty(), null, null, true, now.minus(Duration.ofHours(1)));

        List<UserSession> dangling = search.find(idleForAnHour, List.of(NEWEST_FIRST), 0, 20);

        assertEquals(4, dangling.size(), "rows idle 60, 70, 80 and 90 minutes");
        assertTrue(dangling.stream().allMatch(r -> !r.getLastActivity().isAfter(now.minus(Duration.ofHours(1)))));
    }

    @Test
    void oneHundredThousandRowsPageAsCorrectlyAsAHundred() {
        String agent = "volume-" + UUID.randomUUID();
        long seeding = System.nanoTime();
        rows.insert("dave", 100_000, now, Duration.ofSeconds(1), now.plus(Duration.ofHours(1)), "10.4.0.1", agent);
        LOG.info(() -> "Seeded 100,000 rows in " + (System.nanoTime() - seeding) / 1_000_000 + " ms");

        assertEquals(100_000, search.count(all()));
        List<UserSession> last = search.find(all(), List.of(NEWEST_FIRST), 99_980, 20);
        assertEquals(20, last.size(), "the last page is full");
        assertEquals(now.minusSeconds(99_999), last.get(19).getLastActivity(), "and ends with the oldest row");
        List<UserSession> middle = search.find(all(), List.of(NEWEST_FIRST), 50_000, 20);
        assertEquals(now.minusSeconds(50_000), middle.get(0).getLastActivity(), "row 50,000 is where it belongs");
        List<UserSession> next = search.find(all(), List.of(NEWEST_FIRST), 50_020, 20);
        Set<String> ids = new HashSet<>();
        middle.forEach(r -> ids.add(r.getId()));
        next.forEach(r -> ids.add(r.getId()));
        assertEquals(40, ids.size(), "consecutive pages share no row");
    }

    @Test
    void aManagerEndsTheSelectedSessionsButNeverTheirOwn() {
        String agent = "selected-" + UUID.randomUUID();
        rows.insert("alice", 4, now, Duration.ofMinutes(1), now.plus(Duration.ofHours(1)), "10.5.0.1", agent);
        List<String> ids = rows.byUserAgent(agent).stream().map(UserSession::getId).toList();
        String managersOwn = ids.get(0);

        int ended = ending.endByManager(ids, managersOwn);

        assertEquals(3, ended);
        assertNull(rows.find(managersOwn).orElseThrow().getEndedAt(), "the manager's own session is kept");
        ids.subList(1, 4).forEach(id -> assertEquals(EndReason.ENDED_BY_MANAGER,
                rows.find(id).orElseThrow().getEndReason()));
    }

    @Test
    void aManagerEndsAllSessionsOfOneUserAndNoOneElse() {
        String agent = "user-" + UUID.randomUUID();
        rows.insert("alice", 3, now, Duration.ofMinutes(1), now.plus(Duration.ofHours(1)), "10.6.0.1", agent);
        rows.insert("bob", 1, now, Duration.ofMinutes(1), now.plus(Duration.ofHours(1)), "10.6.0.2", agent);

        assertEquals(3, ending.endAllOfUser("alice", ""));

        assertEquals(1, search.count(all()), "bob's session is untouched");
        assertEquals(0, ending.endAllOfUser("nobody", ""), "an unknown user ends nothing");
    }

    @Test
    void usersEndOnlyTheirOwnOtherSessionsWhateverIdIsPosted() {
        String agent = "own-" + UUID.randomUUID();
        rows.insert("alice", 3, now, Duration.ofMinutes(1), now.plus(Duration.ofHours(1)), "10.7.0.1", agent);
        rows.insert("bob", 1, now, Duration.ofMinutes(1), now.plus(Duration.ofHours(1)), "10.7.0.2", agent);
        List<UserSession> seeded = rows.byUserAgent(agent);
        String bobs = seeded.stream().filter(r -> r.getAccount().getUsername().equals("bob")).findFirst()
                .orElseThrow().getId();
        List<String> alices = seeded.stream().filter(r -> r.getAccount().getUsername().equals("alice"))
                .map(UserSession::getId).toList();
        String current = alices.get(0);

        assertFalse(ending.endOwn("alice", bobs, current), "another user's session");
        assertFalse(ending.endOwn("alice", "forged-" + UUID.randomUUID(), current), "a forged id");
        assertFalse(ending.endOwn("alice", current, current), "this very session");
        assertNull(rows.find(bobs).orElseThrow().getEndedAt(), "bob's session untouched");
        assertNull(rows.find(current).orElseThrow().getEndedAt());

        assertTrue(ending.endOwn("alice", alices.get(1), current), "one of her other sessions");
        assertEquals(EndReason.ENDED_BY_OWNER, rows.find(alices.get(1)).orElseThrow().getEndReason());
        assertEquals(1, ending.endAllOtherOwn("alice", current), "the one other left");
        assertNull(rows.find(current).orElseThrow().getEndedAt(), "and never this one");
    }

    @Test
    void nonManagersGetForbiddenOnTheActiveSessionsPageAndItsActions() {
        Browser user = new Browser(base);
        Browser.Page home = user.signIn("alice", "demo");
        Browser manager = new Browser(base);
        manager.signIn("admin", "it-admin-secret");

        assertEquals(200, manager.get("app/site/sessions.xhtml").status());
        assertEquals(403, user.get("app/site/sessions.xhtml").status());
        long live = search.count(all());
        Browser.Page forged = user.postTo("app/site/sessions.xhtml", home, "sessions", "endSelected", Map.of());
        assertEquals(403, forged.status());
        assertEquals(live, search.count(all()), "nothing ended");
    }

    private SessionFilter all() {
        return SessionFilter.everyone(now.minus(Duration.ofHours(1)));
    }
}
