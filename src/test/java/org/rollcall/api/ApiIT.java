package org.rollcall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.activity.entity.ActivityKind;
import org.rollcall.api.control.ApiTokens;
import org.rollcall.api.control.TokenText;
import org.rollcall.api.entity.ApiToken;
import org.rollcall.limits.control.RecentUsage;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.limits.entity.SiteLimits;
import org.rollcall.platform.control.RollcallSettings;
import org.rollcall.sessions.entity.EndReason;
import org.rollcall.sessions.entity.UserSession;
import org.rollcall.testing.ActivityEvents;
import org.rollcall.testing.Api;
import org.rollcall.testing.Api.Answer;
import org.rollcall.testing.ApiTokenRows;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.LimitFixtures;
import org.rollcall.testing.PrometheusText;
import org.rollcall.testing.SessionRows;

/**
 * The API as a hosting provider's script uses it, over HTTP with real tokens: who may call it (a token, a
 * manager's session) and who may not (no token, a revoked or expired one, a user's session); live sessions
 * listed, ended one by one or all of a user, with the database and the ended browser checked afterwards; usage;
 * limits changed under the settings page's rules; metrics a Prometheus parser reads; health for load balancers.
 */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    private static final Pattern TOKEN = Pattern.compile("rc_[a-z2-7]{12}_[A-Za-z0-9_-]{43}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Inject
    RollcallSettings settings;

    @Inject
    ApiTokens tokens;

    @Inject
    ApiTokenRows tokenRows;

    @Inject
    LimitFixtures limits;

    @Inject
    SessionRows rows;

    @Inject
    ActivityEvents events;

    @Inject
    RecentUsage recentUsage;

    private Api api;
    private String tokenName;
    private String token;

    @BeforeEach
    void aTokenOnAnEmptySite() throws Exception {
        limits.reset();
        api = new Api(base);
        tokenName = "it-" + UUID.randomUUID();
        token = tokens.issue(tokenName, Optional.of(Instant.now().plus(Duration.ofDays(1))), "admin").text();
    }

    /** On PostgreSQL and MariaDB the next test class shares the site. */
    @AfterEach
    void leaveTheSiteEmpty() {
        limits.reset();
    }

    @Test
    void aTokenIssuedOnItsPageIsShownOnceAndWorksUntilRevokedThere() {
        Browser manager = new Browser(base);
        manager.signIn("admin", "it-admin-secret");
        String name = "billing-" + UUID.randomUUID().toString().substring(0, 8);
        Page issued = manager.submit(manager.get("app/site/tokens.xhtml"), "tokens", "issue",
                Map.of("name", name, "expiry_input", "30"));
        Matcher shown = TOKEN.matcher(issued.body());
        assertTrue(shown.find(), "the new token is shown: " + issued);
        String text = shown.group();

        ApiToken row = tokenRows.find(ApiTokenRows.idOf(text)).orElseThrow();
        assertEquals(name, row.getName());
        assertEquals("admin", row.getCreatedBy());
        assertFalse(row.getSecretHash().contains(text.substring(16)), "only a hash of the secret is kept");
        assertTrue(row.getExpiresAt().orElseThrow().isAfter(Instant.now().plus(Duration.ofDays(29))), "30 days");
        assertEquals(200, api.withToken("GET", "usage", text).status(), "the token works");
        Page again = manager.get("app/site/tokens.xhtml");
        assertTrue(again.body().contains(name), "the list names it: " + again);
        assertFalse(TOKEN.matcher(again.body()).find(), "and never shows a token again");

        // The button carries the token's id: whatever row was clicked on a page now stale, that token is revoked.
        String stale = Browser.formBody(again, "tokens", "table:0:revoke", Map.of()) + "&tokenId=" + row.getId();
        Page revoked = manager.post("app/site/tokens.xhtml", Map.of(), stale);
        assertTrue(revoked.body().contains("Token \"" + name + "\" revoked"), "the page says so: " + revoked);
        Answer refused = api.withToken("GET", "usage", text);
        assertEquals(401, refused.status(), "refused from the next request: " + refused);
        assertEquals("admin", tokenRows.find(row.getId()).orElseThrow().getRevokedBy().orElseThrow());
    }

    @Test
    void withoutAValidTokenOrAManagersSessionNothingIsReadOrChanged() throws Exception {
        Browser alice = Browser.from(base, "198.51.100.7");
        alice.signIn("alice", "demo");
        String alicesRow = rows.onlyRowOf(alice).getId();
        String expired = tokens.issue("expired-" + UUID.randomUUID(), Optional.of(Instant.now().plusSeconds(60)),
                "admin").text();
        tokenRows.expire(ApiTokenRows.idOf(expired), Instant.now().minusSeconds(1));
        String revoked = tokens.issue("revoked-" + UUID.randomUUID(), Optional.empty(), "admin").text();
        tokens.revoke(ApiTokenRows.idOf(revoked), "admin");
        String forged = "rc_" + ApiTokenRows.idOf(token) + "_" + TokenText.random().secret();

        Map<String, Map<String, String>> refused = Map.of(
                "no token", Map.of(),
                "an expired token", bearer(expired),
                "a revoked token", bearer(revoked),
                "the right id with a forged secret", bearer(forged),
                "a malformed token", bearer("not-a-token"),
                "a password", Map.of("Authorization", "Basic YWRtaW46aXQtYWRtaW4tc2VjcmV0"));
        refused.forEach((who, headers) -> {
            for (String path : List.of("sessions", "usage", "limits", "metrics", "sessions/" + alicesRow)) {
                Answer answer = api.get(path, headers);
                assertEquals(401, answer.status(), who + " on " + path + ": " + answer);
                assertTrue(answer.contentType().startsWith("application/problem+json"),
                        who + " on " + path + ": " + answer.contentType() + " " + answer);
                assertTrue(answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                        "tells a client how to authenticate");
                assertEquals(401, answer.json().getInt("status"));
            }
            assertEquals(401, api.send("DELETE", "sessions/" + alicesRow, headers, null, null).status(), who);
            assertEquals(401, api.send("PATCH", "limits", headers, "application/json", "{\"sessionsLimit\": 1}")
                    .status(), who);
        });
        Answer user = api.get("usage", Api.cookieOf(alice));
        assertEquals(403, user.status(), "a user's session is not a manager's: " + user);
        assertEquals("Only site managers and API tokens may use this resource.", user.detail());
        assertEquals(403, api.send("DELETE", "users/bob/sessions", Api.cookieOf(alice), null, null).status());
        assertEquals(403, api.send("PATCH", "limits", Api.cookieOf(alice), "application/json",
                "{\"sessionsLimit\": 1}").status());
        assertEquals(403, api.get("metrics", Api.cookieOf(alice)).status());

        assertNull(rows.find(alicesRow).orElseThrow().getEndedAt(), "alice's session is still live");
        assertTrue(limits.current().sessionsLimit().isEmpty(), "no limit was set");
        assertTrue(tokenRows.find(ApiTokenRows.idOf(token)).orElseThrow().getLastUsedAt().isEmpty(),
                "a forged secret doesn't count as a use of the real token");

        Browser manager = new Browser(base);
        manager.signIn("admin", "it-admin-secret");
        assertEquals(200, api.get("usage", Api.cookieOf(manager)).status(), "a manager's session may");
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    @Test
    void aTokenNeverOpensASessionNeverCountsAndNotesItsUseOnceAMinute() {
        limits.set(1, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        Browser alice = Browser.from(base, "198.51.100.8");
        assertTrue(alice.signIn("alice", "demo").path().endsWith("/app/home.xhtml"), "alice takes the only seat");
        long rowsBefore = rows.all().size();

        for (int i = 0; i < 5; i++) {
            assertEquals(200, api.withToken("GET", "sessions", token).status(), "a full site still answers");
        }
        Answer changed = api.send("PATCH", "limits", bearer(token), "application/json", "{\"sessionsLimit\": 2}");
        assertEquals(200, changed.status(), changed.toString());

        assertEquals(rowsBefore, rows.all().size(), "no session row was opened");
        Instant firstUse = tokenRows.find(ApiTokenRows.idOf(token)).orElseThrow().getLastUsedAt().orElseThrow();
        api.withToken("GET", "usage", token);
        assertEquals(firstUse, tokenRows.find(ApiTokenRows.idOf(token)).orElseThrow().getLastUsedAt().orElseThrow(),
                "within a minute, its last use is not written again");
        assertFalse(firstUse.isAfter(Instant.now()), "and it is when it was used");
    }

    @Test
    void liveSessionsAreListedFilteredSortedAndPagedLikeTheGrid() {
        Browser alice1 = Browser.from(base, "198.51.100.21");
        Browser alice2 = Browser.from(base, "198.51.100.22");
        Browser bob = Browser.from(base, "198.51.100.23");
        alice1.signIn("alice", "demo");
        alice2.signIn("alice", "demo");
        bob.signIn("bob", "demo");
        rows.age(rows.onlyRowOf(alice2).getId(), Duration.ofMinutes(90), Duration.ofHours(2));

        JsonObject page = ok(api.withToken("GET", "sessions?ip=198.51.100.2&sort=ipAddress&limit=2", token));
        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getInt("limit"));
        assertEquals(List.of("198.51.100.21", "198.51.100.22"), ips(page));
        JsonObject first = page.getJsonArray("sessions").getJsonObject(0);
        assertEquals(rows.onlyRowOf(alice1).getId(), first.getString("id"));
        assertEquals("alice", first.getString("username"));
        assertEquals(alice1.userAgent(), first.getString("userAgent"));
        assertFalse(first.getBoolean("dangling"));
        assertEquals(rows.onlyRowOf(alice1).getLoginAt(), Instant.parse(first.getString("loginAt")),
                "times are ISO-8601 instants");
        assertEquals(Set.of("id", "username", "displayName", "loginAt", "lastActivity", "expiresAt", "ipAddress",
                "userAgent", "browser", "os", "device", "node", "dangling"), first.keySet(), "every field, no other");

        assertEquals(List.of("198.51.100.23"), ips(ok(api.withToken("GET",
                "sessions?ip=198.51.100.2&sort=ipAddress&offset=2&limit=2", token))), "the next page");
        assertEquals(List.of("198.51.100.23", "198.51.100.22", "198.51.100.21"), ips(ok(api.withToken("GET",
                "sessions?ip=198.51.100.2&sort=-ipAddress", token))), "descending");
        assertEquals(List.of("198.51.100.21", "198.51.100.22"), ips(ok(api.withToken("GET",
                "sessions?ip=198.51.100.2&user=ALI&sort=ipAddress", token))), "by user, whatever the case");
        JsonObject dangling = ok(api.withToken("GET", "sessions?ip=198.51.100.2&dangling=true", token));
        assertEquals(List.of("198.51.100.22"), ips(dangling), "idle 90 minutes, past the 60-minute threshold");
        assertTrue(dangling.getJsonArray("sessions").getJsonObject(0).getBoolean("dangling"));

        Answer bad = api.withToken("GET", "sessions?sort=password&limit=0&dangling=maybe", token);
        assertEquals(400, bad.status(), bad.toString());
        assertEquals(List.of("dangling", "limit", "sort"), bad.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).sorted().toList(), "every bad field, at once");
        assertTrue(bad.detail().startsWith("dangling must be true or false"), bad.detail());
    }

    private static List<String> ips(JsonObject page) {
        return page.getJsonArray("sessions").stream().map(s -> s.asJsonObject().getString("ipAddress")).toList();
    }

    private static JsonObject ok(Answer answer) {
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        return answer.json();
    }

    @Test
    void endingASessionSignsItsBrowserOutAtTheNextClickLikeTheGrid() {
        Browser alice = Browser.from(base, "198.51.100.31");
        alice.signIn("alice", "demo");
        String id = rows.onlyRowOf(alice).getId();

        assertEquals("alice", ok(api.withToken("GET", "sessions/" + id, token)).getString("username"));
        Answer ended = api.withToken("DELETE", "sessions/" + id, token);
        assertEquals(204, ended.status(), ended.toString());

        UserSession row = rows.find(id).orElseThrow();
        assertEquals(EndReason.ENDED_BY_MANAGER, row.getEndReason());
        assertEquals(List.of("SESSION_ENDED/ENDED_BY_MANAGER by token:" + tokenName), ends(id),
                "recorded once, with the token that ended it");
        Page next = alice.get("app/home.xhtml");
        assertTrue(next.isSignInPage(), "alice is signed out at her next click: " + next);
        assertTrue(next.body().contains("Your session was ended by a site manager."), "and told why");

        Answer again = api.withToken("DELETE", "sessions/" + id, token);
        assertEquals(404, again.status(), "an ended session is no longer there: " + again);
        assertTrue(again.detail().startsWith("There is no live session with that id"), again.detail());
        assertEquals(404, api.withToken("GET", "sessions/" + id, token).status());
        assertEquals(404, api.withToken("GET", "sessions/no-such-id", token).status());
        assertEquals(404, api.withToken("DELETE", "sessions/" + "x".repeat(5000), token).status());
        assertEquals(1, ends(id).size(), "ending it again recorded nothing");
    }

    private List<String> ends(String id) {
        return events.ofSession(id).stream()
                .filter(e -> e.getKind() == ActivityKind.SESSION_ENDED)
                .map(e -> e.getKind() + "/" + e.getReason() + " by " + e.getActor())
                .toList();
    }

    @Test
    void anExpiredSessionTheSweepHasNotRemovedYetIsNotThereToEnd() {
        String agent = "expired-" + UUID.randomUUID();
        Instant now = Instant.now();
        rows.insert("alice", 1, now.minus(Duration.ofHours(2)), now.minus(Duration.ofMinutes(1)), agent);
        String id = rows.byUserAgent(agent).get(0).getId();

        assertEquals(404, api.withToken("GET", "sessions/" + id, token).status());
        Answer ended = api.withToken("DELETE", "sessions/" + id, token);
        assertEquals(404, ended.status(), "expired is gone, as the API says: " + ended);
        assertNull(rows.find(id).orElseThrow().getEndedAt(), "the row is left to the sweep");
        assertEquals(List.of(), ends(id), "and no end is recorded that never happened");
    }

    @Test
    void aTokenIsReadOnlyOnTheApiAndACookieNeverDecidesForIt() throws Exception {
        for (String path : List.of("../../app/site/accounts.xhtml", "%2e%2e/%2e%2e/app/site/accounts.xhtml",
                "..;/..;/app/site/accounts.xhtml")) {
            Answer page = api.getAsIs(path, bearer(token));
            assertNotEquals(200, page.status(), "a token never opens a page, however the path is spelled: " + path);
            page.headers().firstValue("Location").ifPresent(location -> assertTrue(location.contains("login.xhtml"),
                    path + " sends to the sign-in page, if anywhere: " + location));
        }

        Browser manager = new Browser(base);
        manager.signIn("admin", "it-admin-secret");
        String own = rows.onlyRowOf(manager).getId();
        Map<String, String> tokenAndCookie = new HashMap<>(Api.cookieOf(manager));
        tokenAndCookie.putAll(bearer(token));
        assertEquals(204, api.send("DELETE", "sessions/" + own, tokenAndCookie, null, null).status(),
                "the token decides, not the manager's cookie that came with it");

        Answer ended = api.get("usage", Api.cookieOf(manager));
        assertEquals(401, ended.status(), "an ended session is signed out of the API too: " + ended);
        assertTrue(ended.contentType().startsWith("application/problem+json"), "as a problem, not a redirect");

        Browser other = new Browser(base);
        other.signIn("admin", "it-admin-secret");
        Map<String, String> crossSite = new HashMap<>(Api.cookieOf(other));
        crossSite.put("Origin", "https://evil.example");
        Answer forged = api.send("PATCH", "limits", crossSite, "application/json", "{\"sessionsLimit\": 1}");
        assertEquals(403, forged.status(), "another site's page can't change the limits with a manager's cookie");
        assertTrue(forged.contentType().startsWith("application/problem+json"), forged.toString());
        assertTrue(limits.current().sessionsLimit().isEmpty(), "nothing changed");
    }

    @Test
    void endingAllSessionsOfAUserEndsTheirsAndNoOneElses() {
        Browser alice1 = Browser.from(base, "198.51.100.41");
        Browser alice2 = Browser.from(base, "198.51.100.42");
        Browser bob = Browser.from(base, "198.51.100.43");
        alice1.signIn("alice", "demo");
        alice2.signIn("alice", "demo");
        bob.signIn("bob", "demo");

        JsonObject ended = ok(api.withToken("DELETE", "users/alice/sessions", token));
        assertEquals("alice", ended.getString("username"));
        assertEquals(2, ended.getInt("ended"));
        assertEquals(EndReason.ENDED_BY_MANAGER, rows.onlyRowOf(alice1).getEndReason());
        assertEquals(EndReason.ENDED_BY_MANAGER, rows.onlyRowOf(alice2).getEndReason());
        assertNull(rows.onlyRowOf(bob).getEndedAt(), "bob's session is untouched");
        assertTrue(alice2.get("app/home.xhtml").isSignInPage(), "alice's browsers are signed out");

        Answer nobody = api.withToken("DELETE", "users/nobody-" + UUID.randomUUID() + "/sessions", token);
        assertEquals(404, nobody.status(), nobody.toString());
        assertEquals(0, ok(api.withToken("DELETE", "users/alice/sessions", token)).getInt("ended"),
                "an account without sessions: nothing to end");
    }

    @Test
    void usageIsTheSitesAsTheDatabaseHasIt() {
        Browser alice = Browser.from(base, "198.51.100.51");
        Browser bob = Browser.from(base, "198.51.100.52");
        alice.signIn("alice", "demo");
        bob.signIn("bob", "demo");
        Browser.from(base, "198.51.100.53").signIn("alice", "demo");
        rows.age(rows.onlyRowOf(bob).getId(), Duration.ofMinutes(90), Duration.ofHours(2));
        new Browser(base).signIn("carol", "wrong-" + UUID.randomUUID());
        limits.set(30, null, PerUserMode.REFUSE, DanglingPolicy.COUNT);
        recentUsage.forget();

        JsonObject usage = ok(api.withToken("GET", "usage", token));
        assertEquals(3, usage.getInt("live"));
        assertEquals(1, usage.getInt("dangling"));
        assertEquals(2, usage.getInt("users"));
        assertEquals(30, usage.getInt("limit"));
        assertEquals(40, usage.getInt("providerCap"));
        Instant now = Instant.now();
        assertEquals(events.count(ActivityKind.SIGN_IN_REFUSED, null, now.truncatedTo(ChronoUnit.DAYS),
                now.plusSeconds(1)), usage.getInt("refusedToday"), "the log's refusals since midnight UTC");
        assertTrue(usage.getInt("refusedToday") >= 1);
    }

    @Test
    void limitsChangeUnderTheSettingsRulesAndEveryChangeIsRecorded() {
        JsonObject before = ok(api.withToken("GET", "limits", token));
        assertEquals(JsonValue.NULL, before.get("sessionsLimit"));
        assertEquals(40, before.getInt("providerCap"));
        assertEquals(40, before.getInt("limitInForce"));

        JsonObject after = ok(api.send("PATCH", "limits", bearer(token), "application/json",
                "{\"sessionsLimit\": 25, \"danglingPolicy\": \"RECLAIM\"}"));
        assertEquals(25, after.getInt("sessionsLimit"));
        assertEquals("RECLAIM", after.getString("danglingPolicy"));
        assertEquals(60, after.getInt("danglingMinutes"), "a field left out keeps its value");
        assertEquals(25, limits.current().sessionsLimit().orElseThrow());
        assertEquals(List.of("danglingPolicy: COUNT -> RECLAIM by token:" + tokenName,
                "sessionsLimit: null -> 25 by token:" + tokenName), limits.changes().stream()
                .limit(2)
                .map(c -> c.getSetting() + ": " + c.getOldValue() + " -> " + c.getNewValue() + " by "
                        + c.getChangedBy())
                .sorted()
                .toList(), "recorded like a change on the settings page");

        Answer aboveCap = api.send("PATCH", "limits", bearer(token), "application/json", "{\"sessionsLimit\": 41}");
        assertEquals(409, aboveCap.status(), aboveCap.toString());
        assertEquals("sessionsLimit: The site limit can't be above the hosting provider's cap of 40.",
                aboveCap.detail());
        for (String body : List.of("{\"sessionsLimit\": \"ten\"}", "{\"colour\": 1}", "[25]", "{\"sessionsLimit\": 2",
                "{\"perUserMode\": \"SOMETIMES\"}", "{\"danglingMinutes\": 1.5}", "")) {
            Answer bad = api.send("PATCH", "limits", bearer(token), "application/json", body);
            assertEquals(400, bad.status(), body + ": " + bad);
            assertFalse(bad.json().getJsonArray("errors").isEmpty(), "names the field: " + bad);
        }
        Answer huge = api.send("PATCH", "limits", bearer(token), "application/json",
                "{\"sessionsLimit\": 2, \"padding\": \"" + "x".repeat(300_000) + "\"}");
        assertEquals(413, huge.status(), "a body no client needs is refused before it is read");
        assertTrue(huge.contentType().startsWith("application/problem+json"), huge.toString());
        Answer notJson = api.send("PATCH", "limits", bearer(token), "text/plain", "sessionsLimit=3");
        assertEquals(415, notJson.status(), notJson.toString());
        assertEquals("Send the request's body as JSON (Content-Type: application/json).", notJson.detail());
        assertEquals(25, limits.current().sessionsLimit().orElseThrow(), "none of them changed anything");

        assertEquals(JsonValue.NULL, ok(api.send("PATCH", "limits", bearer(token), "application/json",
                "{\"sessionsLimit\": null}")).get("sessionsLimit"), "null removes the limit");
        assertTrue(limits.current().sessionsLimit().isEmpty());

        JsonObject byDefault = ok(api.send("PATCH", "limits", bearer(token), "application/json",
                "{\"danglingMinutes\": null}"));
        assertTrue(byDefault.getBoolean("danglingMinutesDefault"), byDefault.toString());
        assertEquals(SiteLimits.defaultDanglingThreshold(settings.idleTimeout()).toMinutes(),
                byDefault.getInt("danglingMinutes"),
                "null: half the idle timeout");
        assertTrue(limits.current().chosenDanglingThreshold().isEmpty());
    }

    @Test
    void metricsReadAsPrometheusTextAndCountRefusalsByReason() {
        new Browser(base).signIn("admin", "it-admin-secret"); // settles the node's name, counts one sign-in
        Map<String, Double> before = PrometheusText.parse(scrape());
        String wrongPassword = refusals(before, "wrong_password");

        new Browser(base).signIn("carol", "wrong-" + UUID.randomUUID());
        new Browser(base).signIn("dave", "wrong-" + UUID.randomUUID());
        Browser.from(base, "198.51.100.61").signIn("alice", "demo");

        Map<String, Double> after = PrometheusText.parse(scrape());
        assertEquals(before.get(wrongPassword) + 2, after.get(wrongPassword), "two wrong passwords more");
        String signIns = wrongPassword.replace("rollcall_sign_ins_refused_total", "rollcall_sign_ins_total")
                .replaceAll(",?reason=\"[a-z_]+\"", "");
        assertEquals(before.get(signIns) + 1, after.get(signIns), "one sign-in more: " + signIns);
        recentUsage.forget();
        Map<String, Double> fresh = PrometheusText.parse(scrape());
        assertEquals(2.0, fresh.get("rollcall_sessions_live"), "the manager's session and alice's");
        assertTrue(fresh.containsKey("rollcall_sessions_dangling"));
        assertEquals(40.0, fresh.get("rollcall_sessions_limit"), "the provider's cap is in force");
        assertTrue(fresh.keySet().stream().anyMatch(k -> k.startsWith("rollcall_guard_check_seconds_bucket{")),
                "the session check's latency is a histogram");
        assertTrue(fresh.keySet().stream().anyMatch(k -> k.startsWith("rollcall_sign_ins_refused_total{")
                && k.contains("reason=\"site_full\"")), "every reason is there from the start");
    }

    private String scrape() {
        Answer answer = api.withToken("GET", "metrics", token);
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.contentType().startsWith("text/plain") && answer.contentType().contains("version=0.0.4"),
                "Prometheus' text format: " + answer.contentType());
        return answer.body();
    }

    private static String refusals(Map<String, Double> samples, String reason) {
        return samples.keySet().stream()
                .filter(k -> k.startsWith("rollcall_sign_ins_refused_total{")
                        && k.contains("reason=\"" + reason + "\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + reason + " counter in " + samples.keySet()));
    }

    @Test
    void healthAnswersAnyoneWithUpAndNothingMore() {
        for (String path : List.of("health/live", "health/ready")) {
            Answer answer = api.get(path, Map.of());
            assertEquals(200, answer.status(), path + ": " + answer);
            assertEquals("{\"status\":\"UP\"}", answer.body().replace(" ", ""), "nothing but UP");
            assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        }
    }

    @Test
    void anUnknownPathOrMethodIsAProblemToo() {
        Answer path = api.withToken("GET", "sessionz", token);
        assertEquals(404, path.status(), path.toString());
        assertTrue(path.contentType().startsWith("application/problem+json"), path.contentType());
        Answer method = api.withToken("PUT", "usage", token);
        assertEquals(405, method.status(), method.toString());
        assertNotEquals("", method.detail());
    }
}
