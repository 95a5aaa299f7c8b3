package org.rollcall.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.monitor.control.SessionEnding;
import org.rollcall.monitor.control.SessionFilter;
import org.rollcall.monitor.control.SessionSearch;
import org.rollcall.monitor.control.SessionSort;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.testing.AccountFixtures;
import org.rollcall.testing.ActivityEvents;
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
    ActivityEvents activity;

    @Inject
    AccountFixtures accounts;

    @Inject
    LimitFixtures site;

    private Instant now;

    @BeforeEach
    void emptySite() {
        site.reset();
        now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as every database keeps it
    }

    /**
     * And after: on PostgreSQL and MariaDB the next test class shares this database, and hundreds of live rows
     * left here would fill its sessions limit.
     */
    @AfterEach
    void endTheRowsMadeHere() {
        site.reset();
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
    void everySortableColumnPagesInItsOrderBothWays() {
        String agent = "sorts-" + UUID.randomUUID();
        rows.insert("alice", 5, now, Duration.ofSeconds(7), now.plus(Duration.ofHours(1)), "10.1.0.1", agent);
        rows.insert("bob", 5, now.minusSeconds(3), Duration.ofSeconds(5), now.plus(Duration.ofHours(3)), "10.3.0.1",
                agent);
        rows.insert("carol", 5, now.minusSeconds(1), Duration.ofSeconds(3), now.plus(Duration.ofHours(2)),
                "10.2.0.1", agent);
        rows.insert("dave", 2, now, Duration.ofSeconds(2), now.minusSeconds(60), "10.0.0.1", agent); // expired
        rows.end(rows.byUserAgent(agent).stream().filter(r -> r.getUsername().equals("bob")).findFirst()
                .orElseThrow().getId(), EndReason.SIGNED_OUT);
        List<UserSession> live = rows.byUserAgent(agent).stream()
                .filter(r -> !r.isEnded() && r.getExpiresAt().isAfter(now)).toList();
        assertEquals(14, live.size());
        Map<String, Comparator<UserSession>> columns = Map.of(
                "username", Comparator.comparing(UserSession::getUsername),
                "loginAt", Comparator.comparing(UserSession::getLoginAt),
                "lastActivity", Comparator.comparing(UserSession::getLastActivity),
                "expiresAt", Comparator.comparing(UserSession::getExpiresAt),
                "ipAddress", Comparator.comparing(UserSession::getIpAddress),
                "node", Comparator.comparing(UserSession::getNode));

        columns.forEach((field, column) -> {
            for (boolean ascending : List.of(true, false)) {
                Comparator<UserSession> order = column.thenComparing(UserSession::getId);
                List<String> expected = live.stream().sorted(ascending ? order : order.reversed())
                        .map(UserSession::getId).toList();
                List<SessionSort> sort = List.of(new SessionSort(field, ascending));
                List<UserSession> paged = new ArrayList<>(search.find(all(), sort, 0, 8));
                paged.addAll(search.find(all(), sort, 8, 8));
                assertEquals(expected, paged.stream().map(UserSession::getId).toList(),
                        field + (ascending ? " ascending" : " descending") + ", ties by id the same way");
            }
        });
    }

    @Test
    void aUserFilterFindsTheSessionsOfEveryAccountItMatchesFewOrMany() {
        String crowd = "crowd" + UUID.randomUUID().toString().substring(0, 6);
        List<String> names = accounts.createMany(crowd, SessionSearch.FEW_ACCOUNTS + 1); // displayed as crowd
        String agent = "crowd-" + UUID.randomUUID();
        names.forEach(name -> rows.insert(name, 1, now, now.plus(Duration.ofHours(1)), agent));
        String one = names.get(7);

        assertEquals(names.size(), search.count(all().withCriteria(crowd.toUpperCase(Locale.ROOT), null, false)),
                "more accounts match than are looked up one by one");
        List<UserSession> byUser = search.find(all().withCriteria(crowd, null, false),
                List.of(new SessionSort("username", true)), 0, 20);
        assertEquals(names.stream().sorted().limit(20).toList(),
                byUser.stream().map(UserSession::getUsername).toList());
        assertEquals(1, search.count(all().withCriteria(one, null, false)), "one account matches");
        assertEquals(List.of(one), search.find(all().withCriteria(" " + one + " ", null, false), List.of(NEWEST_FIRST),
                0, 20).stream().map(UserSession::getUsername).toList());
        String nobody = "nobody-" + UUID.randomUUID();
        assertEquals(0, search.count(all().withCriteria(nobody, null, false)));
        assertEquals(List.of(), search.find(all().withCriteria(nobody, null, false), List.of(NEWEST_FIRST), 0, 20));
        assertEquals(0, search.count(SessionFilter.ownedBy(one, now).withCriteria(names.get(8), null, false)),
                "an account's own table narrowed to another account shows nothing");
    }

    @Test
    void anIpPrefixFindsItsSessionsWhetherFewOrMostSessionsStartWithIt() throws SQLException {
        String agent = "prefix-" + UUID.randomUUID();
        rows.insertMany("alice", 1_001, now, now.plus(Duration.ofHours(1)), agent); // from 192.0.2.1
        rows.insert("bob", 3, now.minusMillis(500), Duration.ofSeconds(1), now.plus(Duration.ofHours(1)),
                "198.51.100.7", agent);

        assertEquals(1_001, search.count(all().withCriteria(null, "192.0.2.", false)));
        List<UserSession> common = search.find(all().withCriteria(null, "192.0.2.", false),
                List.of(new SessionSort("loginAt", false)), 0, 20);
        assertEquals(20, common.size());
        assertEquals(now, common.get(0).getLoginAt(), "newest first");
        assertTrue(common.stream().allMatch(r -> r.getIpAddress().equals("192.0.2.1")));
        List<UserSession> rare = search.find(all().withCriteria(null, "198.51.", false), List.of(NEWEST_FIRST), 0, 20);
        assertEquals(List.of("bob", "bob", "bob"), rare.stream().map(UserSession::getUsername).toList());
        assertFalse(rare.get(0).getLastActivity().isBefore(rare.get(2).getLastActivity()), "newest first");
        assertEquals(0, search.count(all().withCriteria(null, "198.51.1_", false)), "a typed _ is no wildcard");
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

        int ended = ending.endByManager(ids, managersOwn, "admin");

        assertEquals(3, ended);
        assertNull(rows.find(managersOwn).orElseThrow().getEndedAt(), "the manager's own session is kept");
        ids.subList(1, 4).forEach(id -> assertEquals(EndReason.ENDED_BY_MANAGER,
                rows.find(id).orElseThrow().getEndReason()));
        ids.subList(1, 4).forEach(id -> assertEquals(List.of("SESSION_ENDED/ENDED_BY_MANAGER by admin"),
                activity.ofSession(id).stream().map(e -> e.getKind() + "/" + e.getReason() + " by " + e.getActor())
                        .toList(), "each end is in the activity log once, with the manager who ended it"));
        assertEquals(List.of(), activity.ofSession(managersOwn), "the kept session has no end recorded");
        assertEquals(0, ending.endByManager(ids, managersOwn, "admin"), "ending them again ends nothing");
        ids.subList(1, 4).forEach(id -> assertEquals(1, activity.ofSession(id).size(), "and records nothing more"));
    }

    @Test
    void aManagerEndsAllSessionsOfOneUserAndNoOneElse() {
        String agent = "user-" + UUID.randomUUID();
        rows.insert("alice", 3, now, Duration.ofMinutes(1), now.plus(Duration.ofHours(1)), "10.6.0.1", agent);
        rows.insert("bob", 1, now, Duration.ofMinutes(1), now.plus(Duration.ofHours(1)), "10.6.0.2", agent);

        assertEquals(3, ending.endAllOfUser("alice", "", "admin"));

        assertEquals(1, search.count(all()), "bob's session is untouched");
        assertEquals(0, ending.endAllOfUser("nobody", "", "admin"), "an unknown user ends nothing");
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
