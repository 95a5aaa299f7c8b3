package org.rollcall.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser: its own cookie jar and its own user agent (unique by default, so a test finds exactly the rows
 * it made). Follows redirects like a browser and fills in Faces forms with their view state.
 */
public final class Browser {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode: the page's script nonce, which its script posts back with every form. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final URI base;
    private final String userAgent;
    private final String forwardedFor;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private final List<String> setCookies = new CopyOnWriteArrayList<>();

    public Browser(URL base) {
        this(base, "RollcallIT/" + UUID.randomUUID());
    }

    public Browser(URL base, String userAgent) {
        this(base, userAgent, null);
    }

    /**
     * A browser behind a proxy that says it comes from {@code address} ({@code X-Forwarded-For}): the tests'
     * servers trust loopback as a proxy, so each test can play its own client addresses.
     */
    public static Browser from(URL base, String address) {
        return new Browser(base, "RollcallIT/" + UUID.randomUUID(), address);
    }

    private Browser(URL base, String userAgent, String forwardedFor) {
        this.base = URI.create(base.toExternalForm().endsWith("/") ? base.toExternalForm() : base + "/");
        this.userAgent = userAgent;
        this.forwardedFor = forwardedFor;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A page as the browser ended up on it, after redirects. */
    public record Page(URI uri, int status, String body, HttpHeaders headers) {

        public String path() {
            return uri.getPath();
        }

        public boolean isSignInPage() {
            return path().endsWith("/login.xhtml");
        }

        /** Where the browser is and what it reads there, short enough for a failed assertion's message. */
        @Override
        public String toString() {
            String text = body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]*>", " ")
                    .replaceAll("\\s+", " ").strip();
            return status + " " + uri + " \"" + (text.length() > 600 ? text.substring(0, 600) + "…" : text) + "\"";
        }
    }

    public String userAgent() {
        return userAgent;
    }

    /** The client address this browser claims through the test proxy, or null. */
    public String forwardedFor() {
        return forwardedFor;
    }

    public Page get(String path) {
        return send(request(path).GET().build());
    }

    /** Submits the form of a page fetched just before, as a browser would: its fields plus the view state. */
    public Page submit(Page page, String formId, String buttonId, Map<String, String> fields) {
        return send(request(page.uri().toString())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(page, formId, buttonId, fields)))
                .build());
    }

    /**
     * The body a page's own script would post for {@code buttonId} of {@code formId}: the fields, the view state
     * and the page's CSP nonce, URL-encoded. Tests that forge requests start from it.
     */
    public static String formBody(Page page, String formId, String buttonId, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewState(page));
        nonce(page).ifPresent(nonce -> form.put("primefaces.nonce", nonce));
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * Posts a form to a page other than the one it came from, with that page's view state: what a forged
     * request to an action the user can't see looks like.
     */
    public Page postTo(String path, Page from, String formId, String buttonId, Map<String, String> fields) {
        Page elsewhere = new Page(base.resolve(path), from.status(), from.body(), from.headers());
        return submit(elsewhere, formId, buttonId, fields);
    }

    /** A Faces Ajax post to a page, as PrimeFaces sends it (the answer is a partial response, not a page). */
    public Page facesAjax(String path) {
        return send(request(path)
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
                .build());
    }

    /** Sends a request as crafted by hand (another site's form, a script): path, extra headers, form body. */
    public Page post(String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Page signIn(String username, String password) {
        Page login = get("login.xhtml");
        return submit(login, "login", "submit", Map.of("username", username, "password", password));
    }

    /** Clicks "Sign out" in the menu of the given page. */
    public Page signOut(Page page) {
        return submit(page, "menu", "signOut", Map.of());
    }

    /** Every {@code Set-Cookie} header the server sent this browser, redirects included, oldest first. */
    public List<String> setCookieHeaders() {
        return List.copyOf(setCookies);
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("User-Agent", userAgent);
        return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            List<String> received = new ArrayList<>();
            for (Optional<HttpResponse<String>> hop = Optional.of(response); hop.isPresent();
                    hop = hop.get().previousResponse()) {
                received.addAll(0, hop.get().headers().allValues("Set-Cookie"));
            }
            setCookies.addAll(received);
            return new Page(response.uri(), response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String viewState(Page page) {
        Matcher matcher = VIEW_STATE.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no Faces form on " + page.uri());
        }
        return matcher.group(1).replace("&#58;", ":");
    }

    private static Optional<String> nonce(Page page) {
        Matcher matcher = NONCE.matcher(page.body());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
