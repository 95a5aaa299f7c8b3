package org.rollcall.testing.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with a profile of its own (so its own cookies), signed in or not. Uses
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} from Debian's packages; nothing is downloaded.
 * Screenshots go to {@code target/screenshots}.
 */
public final class Chromium implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final URI base;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Chromium(URL base) {
        this(base, null);
    }

    public Chromium(URL base, String userAgent) {
        this(base, userAgent, null, "1440,960");
    }

    /**
     * A browser whose {@code Accept-Language} is {@code language} ("de", "fr", "ja"), in a window of the given
     * size: a 1366×768 laptop screen, say.
     */
    public static Chromium speaking(URL base, String language, int width, int height) {
        return new Chromium(base, null, language, width + "," + height);
    }

    private Chromium(URL base, String userAgent, String language, String windowSize) {
        this.base = URI.create(base.toExternalForm().endsWith("/") ? base.toExternalForm() : base + "/");
        try {
            this.profile = Files.createTempDirectory("rollcall-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + windowSize, "--user-data-dir=" + profile);
        if (userAgent != null) {
            options.addArguments("--user-agent=" + userAgent);
        }
        Map<String, Object> prefs = new HashMap<>(Map.of(
                "download.default_directory", downloads().toString(),
                "download.prompt_for_download", false));
        if (language != null) {
            options.addArguments("--lang=" + language);
            prefs.put("intl.accept_languages", language);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    public Chromium open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    public Chromium signIn(String username, String password) {
        return signIn(username, password, "/app/home.xhtml");
    }

    /** Signs in and waits for the page a sign-in with these credentials lands on. */
    public Chromium signIn(String username, String password, String landing) {
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains(landing));
        return this;
    }

    /** Types into a field, replacing what it held. */
    public void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The table row (of the given table body) whose text contains {@code text}. */
    public WebElement row(String tableBodyId, String text) {
        return wait.until(d -> d.findElements(By.cssSelector("[id='" + tableBodyId + "'] > tr")).stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    public void click(WebElement element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public void waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public void waitForPath(String suffix) {
        wait.until(d -> URI.create(d.getCurrentUrl()).getPath().endsWith(suffix));
    }

    /** Waits until no PrimeFaces Ajax request is running. */
    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public boolean alertShown() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Where this browser saves what it downloads (inside its own profile, so gone when it closes). */
    private Path downloads() {
        return profile.resolve("downloads");
    }

    /** Waits for a finished download whose name ends with {@code suffix}. */
    public Path waitForDownload(String suffix) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads())) {
                return files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException notYet) {
                return null;
            }
        });
    }

    /** Runs a script in the page and returns what it returns. */
    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // A profile left in /tmp is harmless.
            }
        }
    }
}
