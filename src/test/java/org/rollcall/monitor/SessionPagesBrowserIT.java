package org.rollcall.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.browser.Chromium;

/**
 * The sessions pages in a real headless Chromium, as a manager and users see them. Each test uses its own
 * users, so they don't depend on each other's order. Screenshots land in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class SessionPagesBrowserIT {

    private static final String GRID = "sessions:table_data";
    private static final String MINE = "mine:table_data";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Test
    void aManagerEndsAUsersSessionAndTheUsersNextClickShowsWhy() {
        try (Chromium manager = new Chromium(base); Chromium user = new Chromium(base)) {
            manager.signIn("admin", "it-admin-secret");
            user.signIn("alice", "demo").screenshot("home");

            manager.open("app/site/sessions.xhtml");
            WebElement own = manager.row(GRID, "This browser");
            assertTrue(own.getText().contains("Site manager"), "the manager sees their own session, marked");
            WebElement alices = manager.row(GRID, "alice");
            assertTrue(alices.getText().contains("just now"), "last activity, relative");
            manager.screenshot("active-sessions");

            manager.click(alices.findElement(By.cssSelector(".ui-chkbox-box")));
            manager.waitForAjax();
            manager.click(By.id("sessions:endSelected"));
            WebElement dialog = manager.find(By.cssSelector(".ui-confirm-dialog"));
            assertTrue(dialog.getText().contains("End the selected session?"), dialog.getText());
            manager.screenshot("confirm-end");
            manager.click(By.cssSelector(".ui-confirmdialog-yes"));
            manager.waitForText("Ended 1 session.");

            user.click(By.linkText("Home"));
            user.waitForPath("/login.xhtml");
            assertTrue(user.text().contains("Your session was ended by a site manager."), user.text());
            user.screenshot("ended-by-manager");
        }
    }

    @Test
    void aManagerSortsTheGridByUserOneWayThenTheOther() {
        try (Chromium manager = new Chromium(base); Chromium user = new Chromium(base)) {
            user.signIn("dave", "demo");
            manager.signIn("admin", "it-admin-secret");
            manager.open("app/site/sessions.xhtml");

            manager.click(By.id("sessions:table:userColumn"));
            manager.waitForAjax();
            List<String> ascending = usernames(manager);
            assertTrue(ascending.containsAll(List.of("admin", "dave")), ascending.toString());
            assertEquals(ascending.stream().sorted().toList(), ascending, "A to Z");
            manager.click(By.id("sessions:table:userColumn"));
            manager.waitForAjax();
            List<String> descending = usernames(manager);
            assertEquals(ascending.stream().sorted(Comparator.reverseOrder()).toList(), descending, "Z to A");
            manager.screenshot("sorted-by-user");
        }
    }

    private static List<String> usernames(Chromium browser) {
        return browser.findAll(By.cssSelector("[id='" + GRID + "'] > tr .rc-hint:not(.rc-agent)")).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void aUserSignsOutAnotherOfTheirSessionsOnMySessions() {
        try (Chromium laptop = new Chromium(base); Chromium phone = new Chromium(base)) {
            laptop.signIn("carol", "demo");
            phone.signIn("carol", "demo");

            laptop.open("app/sessions.xhtml");
            assertEquals(2, laptop.findAll(By.cssSelector("[id='" + MINE + "'] > tr")).size());
            laptop.row(MINE, "This browser");
            laptop.screenshot("my-sessions");
            WebElement other = laptop.findAll(By.cssSelector("[id='" + MINE + "'] > tr")).stream()
                    .filter(r -> !r.getText().contains("This browser")).findFirst().orElseThrow();
            laptop.click(other.findElement(By.xpath(".//button[contains(., 'Sign out')]")));
            laptop.waitForText("Signed out that session.");
            assertEquals(1, laptop.findAll(By.cssSelector("[id='" + MINE + "'] > tr")).size());

            phone.click(By.linkText("Home"));
            phone.waitForPath("/login.xhtml");
            assertTrue(phone.text().contains("Your session was signed out from another of your sessions."));
        }
    }

    @Test
    void aHostileUserAgentIsShownAsTextNotRun() {
        String hostile = "<script>alert(1)</script>";
        try (Chromium manager = new Chromium(base); Chromium attacker = new Chromium(base, hostile)) {
            attacker.signIn("bob", "demo");
            manager.signIn("admin", "it-admin-secret");

            manager.open("app/site/sessions.xhtml");
            WebElement bobs = manager.row(GRID, "bob");

            assertTrue(bobs.getText().contains(hostile), "the user agent is shown as it was sent");
            assertFalse(manager.alertShown(), "and never run");
            manager.screenshot("hostile-user-agent");
        }
    }
}
