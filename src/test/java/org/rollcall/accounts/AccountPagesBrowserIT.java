package org.rollcall.accounts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.rollcall.testing.browser.Chromium;

/**
 * The Accounts page and My account in a real headless Chromium: a manager adds a colleague with a one-time
 * password, the colleague must choose their own before anything else, and is signed out at their next click
 * once the manager disables them. Screenshots land in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class AccountPagesBrowserIT {

    private static final String GRID = "accounts:table_data";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Test
    void aManagerAddsAColleagueWhoChoosesTheirPasswordAndIsSignedOutWhenDisabled() {
        String username = "erin-" + UUID.randomUUID().toString().substring(0, 6);
        try (Chromium manager = new Chromium(base); Chromium colleague = new Chromium(base)) {
            manager.signIn("admin", "it-admin-secret");
            manager.open("app/site/accounts.xhtml");
            manager.click(By.id("accounts:add"));
            manager.type(By.id("add:username"), username);
            manager.type(By.id("add:displayName"), "Erin Example");
            manager.click(By.id("add:create"));
            manager.waitForText("The one-time password of " + username + " is:");
            String oneTime = manager.find(By.id("oneTimePasswordValue")).getText().strip();
            assertTrue(oneTime.matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}"), oneTime);
            manager.screenshot("accounts");

            colleague.signIn(username, oneTime, "/app/account.xhtml");
            assertTrue(colleague.text().contains("You signed in with a one-time password."), colleague.text());
            colleague.screenshot("one-time-password");
            colleague.click(By.linkText("My sessions"));
            colleague.waitForPath("/app/account.xhtml");
            colleague.type(By.id("password:currentPassword"), oneTime);
            colleague.type(By.id("password:newPassword"), "erin's own long passphrase");
            colleague.type(By.id("password:newPasswordRepeat"), "erin's own long passphrase");
            colleague.click(By.id("password:changePassword"));
            colleague.waitForPath("/app/home.xhtml");

            manager.open("app/site/accounts.xhtml");
            manager.type(By.id("accounts:text"), username);
            manager.click(By.id("accounts:filter"));
            manager.waitForAjax();
            WebElement row = manager.row(GRID, username);
            assertTrue(row.getText().contains("Erin Example"), row.getText());
            manager.click(row.findElement(By.cssSelector("button[id$=':disable']")));
            manager.click(By.cssSelector(".ui-confirmdialog-yes"));
            manager.waitForText("Disabled the account " + username);

            colleague.click(By.linkText("Home"));
            colleague.waitForPath("/login.xhtml");
            assertTrue(colleague.text().contains("Your account has been disabled."), colleague.text());
        }
    }
}
