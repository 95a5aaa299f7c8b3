package org.rollcall.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.UsageControlServlet;
import org.rollcall.testing.browser.Chromium;

/**
 * Site → Activity, its CSV download, Site → Usage and the managers' home page in a real headless Chromium.
 * Screenshots land in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityPagesBrowserIT {

    private static final String EVENTS = "activity:table_data";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Test
    void aManagerFiltersTheLogByUserAndDownloadsWhatIsShownAsCsv() throws IOException {
        String guess = "guess-" + UUID.randomUUID();
        try (Chromium manager = new Chromium(base); Chromium alice = new Chromium(base);
                Chromium guesser = new Chromium(base)) {
            guesser.open("login.xhtml");
            guesser.type(By.id("login:username"), "alice");
            guesser.type(By.id("login:password"), guess);
            guesser.click(By.id("login:submit"));
            guesser.waitForText("Wrong username or password");
            alice.signIn("alice", "demo");
            manager.signIn("admin", "it-admin-secret");

            manager.open("app/site/activity.xhtml");
            manager.type(By.id("activity:user"), "alice");
            manager.click(By.id("activity:filter"));
            manager.waitForAjax();
            List<WebElement> shown = manager.findAll(By.cssSelector("[id='" + EVENTS + "'] > tr"));
            assertTrue(shown.size() >= 2, "alice's sign-in and the refused guess");
            assertTrue(shown.stream().allMatch(row -> row.getText().contains("alice")), "only alice's events");
            assertTrue(shown.get(0).getText().contains("Signed in"), "newest first: " + shown.get(0).getText());
            assertTrue(shown.get(1).getText().contains("Refused: wrong password"), shown.get(1).getText());
            manager.screenshot("activity");

            manager.click(By.id("activity:export"));
            Path csv = manager.waitForDownload(".csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(shown.size(), lines.size() - 1, "the download has what the page shows, under a header");
            assertTrue(lines.get(1).contains("SIGNED_IN"), lines.get(1));
            assertTrue(lines.get(2).contains("SIGN_IN_REFUSED,WRONG_PASSWORD"), lines.get(2));
            assertTrue(lines.stream().noneMatch(line -> line.contains(guess)), "never what was typed as a password");
        }
    }

    @Test
    void aManagerSeesUsageAgainstTheLimitDrawnAndTheHomeDashboard() throws Exception {
        try (Chromium manager = new Chromium(base); Chromium bob = new Chromium(base)) {
            bob.signIn("bob", "demo");
            manager.signIn("admin", "it-admin-secret");
            recordUsage();

            manager.open("app/site/usage.xhtml");
            String verdict = manager.find(By.id("verdict")).getText();
            assertTrue(verdict.startsWith("Never above 10 % of the limit"), verdict);
            for (String chart : List.of("hours", "days")) {
                Object peaks = manager.script("var w = Object.values(PrimeFaces.widgets).find(function (w) {"
                        + " return w.id === '" + chart + "'; });"
                        + "return w && w.chart ? JSON.stringify(w.chart.data.datasets[0].data) : null;");
                assertTrue(peaks != null && ((String) peaks).matches("\\[(null,)*([0-9]+,)?[1-9][0-9]*\\]"),
                        chart + ": drawn by Chart.js, gaps before the first recorded peak, then it: " + peaks);
            }
            manager.screenshot("usage");

            manager.open("app/home.xhtml");
            assertTrue(manager.find(By.id("inUse")).getText().matches("\\d+ sessions of 40 in use"),
                    manager.find(By.id("inUse")).getText());
            manager.find(By.id("inUseBar"));
            manager.screenshot("home-manager");
        }
    }

    /** As each node's sweep would, which the test servers run once a day. */
    private void recordUsage() throws IOException, InterruptedException {
        URI record = URI.create(base.toExternalForm().replaceAll("/?$", "/"))
                .resolve(UsageControlServlet.RECORD.substring(1));
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(record).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(204, answer.statusCode());
    }
}
