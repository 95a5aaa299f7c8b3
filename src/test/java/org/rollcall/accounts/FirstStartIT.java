package org.rollcall.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.ServerNode;

/**
 * A first start as a new site does it, without {@code ROLLCALL_ADMIN_PASSWORD}: the manager {@code admin} gets a
 * generated password, printed once on the console, and it is a one-time password like any a manager hands out:
 * nothing but My account is reachable until {@code admin} has chosen their own.
 */
class FirstStartIT {

    private static final Pattern PRINTED = Pattern.compile("'admin' has the one-time password (\\S+)");

    @Test
    void theGeneratedAdminPasswordMustBeReplacedAtTheFirstSignIn() {
        try (ServerNode node = ServerNode.start("first-start", Map.of("ROLLCALL_DATA_DIR", "memory:"), List.of(),
                List.of())) {
            Matcher printed = PRINTED.matcher(node.log());
            assertTrue(printed.find(), "the password is printed on the console");
            String oneTime = printed.group(1);
            Browser admin = new Browser(node.url());

            Page landing = admin.signIn("admin", oneTime);
            assertTrue(landing.path().endsWith("/app/account.xhtml"), landing.toString());
            Page accounts = admin.get("app/site/accounts.xhtml");
            assertTrue(accounts.path().endsWith("/app/account.xhtml"), "Site pages wait: " + accounts);

            Page home = admin.submit(accounts, "password", "changePassword", Map.of("currentPassword", oneTime,
                    "newPassword", "the site manager's own passphrase",
                    "newPasswordRepeat", "the site manager's own passphrase"));
            assertTrue(home.path().endsWith("/app/home.xhtml"), home.toString());
            assertEquals(200, admin.get("app/site/accounts.xhtml").status());
            assertFalse(new Browser(node.url()).signIn("admin", oneTime).path().endsWith("/app/home.xhtml"),
                    "the printed password is spent");
        }
    }
}
