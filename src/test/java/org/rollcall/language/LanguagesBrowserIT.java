package org.rollcall.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.rollcall.testing.browser.Chromium;

/**
 * Rollcall in the browser's language, in a real headless Chromium that sends {@code Accept-Language}, on a
 * 1366×768 laptop screen. Screenshots land in {@code target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
class LanguagesBrowserIT {

    private static final int LAPTOP_WIDTH = 1366;
    private static final int LAPTOP_HEIGHT = 768;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Anmelden | Benutzername | Passwort | Letzte Aktivität | Läuft ab",
        "fr | Se connecter | Nom d’utilisateur | Mot de passe | Dernière activité | Expire",
        "en | Sign in | Username | Password | Last activity | Expires",
        "ja | Sign in | Username | Password | Last activity | Expires"})
    void theSignInPageAndTheActiveSessionsGridSpeakTheBrowsersLanguage(String language, String signIn,
            String username, String password, String lastActivity, String expires) {
        try (Chromium manager = Chromium.speaking(base, language, LAPTOP_WIDTH, LAPTOP_HEIGHT)) {
            manager.open("login.xhtml");
            assertEquals(username, manager.find(By.cssSelector("label[for='login:username']")).getText().strip());
            assertEquals(password, manager.find(By.cssSelector("label[for='login:password']")).getText().strip());
            assertEquals(signIn, manager.find(By.id("login:submit")).getText().strip());
            assertEquals(language.equals("ja") ? "en" : language, manager.script(
                    "return document.documentElement.lang;"), "unsupported languages fall back to English");

            manager.signIn("admin", "it-admin-secret");
            manager.open("app/site/sessions.xhtml");
            List<String> headers = manager.findAll(By.cssSelector("[id='sessions:table'] thead th")).stream()
                    .map(WebElement::getText).map(String::strip).toList();
            assertTrue(headers.contains(lastActivity) && headers.contains(expires), headers.toString());
            manager.screenshot("active-sessions-" + language);
        }
    }

    /** German labels are the longest: on a laptop screen no grid header may wrap into a third line. */
    @ParameterizedTest
    @CsvSource({"de", "fr", "en"})
    void theGridHeadersFitALaptopScreen(String language) {
        try (Chromium manager = Chromium.speaking(base, language, LAPTOP_WIDTH, LAPTOP_HEIGHT)) {
            manager.signIn("admin", "it-admin-secret");
            manager.open("app/site/sessions.xhtml");
            manager.find(By.cssSelector("[id='sessions:table'] thead th"));

            // Per header: the lines its content takes (a range over it, so the row's height doesn't count), and
            // whether a word too long for the column runs out of it.
            Object measured = manager.script("""
                    return Array.from(document.querySelectorAll("[id='sessions:table'] thead th"))
                        .filter(th => th.textContent.trim())
                        .map(th => {
                            const style = getComputedStyle(th);
                            const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
                            const content = document.createRange();
                            content.selectNodeContents(th);
                            const lines = Math.round(content.getBoundingClientRect().height / line);
                            return th.textContent.trim() + '|' + lines + '|' + (th.scrollWidth > th.clientWidth + 1);
                        });""");
            List<?> headers = (List<?>) measured;
            assertFalse(headers.isEmpty(), "the grid has headers");
            for (Object header : headers) {
                String[] parts = header.toString().split("\\|");
                assertTrue(Integer.parseInt(parts[1]) <= 2, language + ": " + parts[0] + " takes " + parts[1]
                        + " lines, of " + headers);
                assertEquals("false", parts[2], language + ": " + parts[0] + " runs out of its column");
            }
            Object scrolls = manager.script("return document.documentElement.scrollWidth > window.innerWidth;");
            assertEquals(Boolean.FALSE, scrolls, language + ": the page fits the screen's width");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | Es sind mehr als 1 Benutzersitzungen aktiv. Bitte versuchen Sie es später erneut.",
        "fr | Il y a plus de 1 sessions utilisateur actives. Veuillez réessayer plus tard.",
        "en | There are more than 1 active user sessions. Please try again later."})
    void theLimitRefusalIsInTheBrowsersLanguage(String language, String refusal) {
        Browser admin = new Browser(base);
        admin.signIn("admin", "it-admin-secret"); // a manager's session: the site is full at a limit of 1
        try {
            setSiteLimit(admin, "1");
            try (Chromium user = Chromium.speaking(base, language, LAPTOP_WIDTH, LAPTOP_HEIGHT)) {
                user.open("login.xhtml");
                user.type(By.id("login:username"), "bob");
                user.type(By.id("login:password"), "demo");
                user.click(By.id("login:submit"));
                user.waitForText(refusal);
                assertTrue(user.path().endsWith("/login.xhtml"), "bob stays on the sign-in page");
                user.screenshot("limit-refused-" + language);
            }
        } finally {
            setSiteLimit(admin, "");
        }
    }

    @Test
    void aPickedLanguageIsKeptOnTheAccountForTheNextSignInOnAnyBrowser() {
        try {
            pickedOnALaptopThenOnAPhone();
        } finally {
            backToEnglish("carol"); // other tests read carol's pages in English
        }
    }

    private void pickedOnALaptopThenOnAPhone() {
        try (Chromium laptop = Chromium.speaking(base, "en", LAPTOP_WIDTH, LAPTOP_HEIGHT)) {
            laptop.signIn("carol", "demo");
            laptop.click(By.linkText("Français"));
            laptop.waitForText("Se déconnecter");
            laptop.click(By.id("menu:signOut"));
            laptop.waitForPath("/login.xhtml");
            assertEquals("Se connecter", laptop.find(By.id("login:submit")).getText().strip(),
                    "the sign-in page after signing out is still French");
        }
        try (Chromium phone = Chromium.speaking(base, "de", LAPTOP_WIDTH, LAPTOP_HEIGHT)) {
            phone.open("login.xhtml");
            assertEquals("Anmelden", phone.find(By.id("login:submit")).getText().strip(), "a German browser");
            phone.signIn("carol", "demo");
            phone.waitForText("Se déconnecter");
            assertEquals("fr", phone.script("return document.documentElement.lang;"), "carol's pick wins over it");

            phone.click(By.linkText("English"));
            phone.waitForText("Sign out");
        }
        try (Chromium again = Chromium.speaking(base, "fr", LAPTOP_WIDTH, LAPTOP_HEIGHT)) {
            again.signIn("carol", "demo");
            again.waitForText("Sign out");
            assertEquals("en", again.script("return document.documentElement.lang;"), "her latest pick");
        }
    }

    @Test
    void aForgedLanguageChangesNothing() {
        Browser user = new Browser(base);
        Page home = user.signIn("dave", "demo");
        Page german = user.post(home.uri().toString(), Map.of(), pick(home, "de"));
        assertTrue(german.body().contains("Abmelden"), "a pick by the form: " + german);

        try {
            Page forged = user.post(german.uri().toString(), Map.of(), pick(german, "xx-<script>"));

            assertEquals(200, forged.status(), forged.toString());
            assertTrue(forged.body().contains("Abmelden"), "still German");
            assertFalse(forged.body().contains("xx-<script>"), "the tag is not echoed");
        } finally {
            backToEnglish("dave");
        }
    }

    /** Leaves an account's language English, as other tests expect it. */
    private void backToEnglish(String username) {
        Browser browser = new Browser(base);
        Page home = browser.signIn(username, "demo");
        Page english = browser.post(home.uri().toString(), Map.of(), pick(home, "en"));
        assertTrue(english.body().contains("Sign out"), english.toString());
    }

    /** What clicking "Deutsch" in the menu posts, with {@code tag} as the language. */
    private static String pick(Page page, String tag) {
        String link = "menu:choices:1:language";
        String encodedLink = URLEncoder.encode(link, StandardCharsets.UTF_8);
        return Browser.formBody(page, "menu", "choices:1:language", Map.of())
                .replace(encodedLink + "=&", encodedLink + "=" + encodedLink + "&")
                + "&language=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }

    private static void setSiteLimit(Browser admin, String limit) {
        Page settings = admin.get("app/site/settings.xhtml");
        Page saved = admin.submit(settings, "settings", "save", Map.of("sessionsLimit", limit, "perUserLimit", "",
                "perUserMode", "REFUSE", "danglingMinutes", "", "danglingPolicy", "COUNT"));
        assertEquals(200, saved.status(), saved.toString());
        assertTrue(saved.body().contains("Settings saved."), saved.body());
    }
}
