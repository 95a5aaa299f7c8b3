package org.rollcall.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A script calling Rollcall's API over HTTP, as curl would: a method, a path under {@code api/v1/}, headers (a
 * bearer token, a cookie), a body. No redirects followed: an API answers where it is asked.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;

    public Api(URL base) {
        this.base = URI.create(base.toExternalForm().endsWith("/") ? base.toExternalForm() : base + "/")
                .resolve("api/v1/");
    }

    /** An answer: its status, headers and body, and the body read as JSON. */
    public record Answer(int status, HttpHeaders headers, String body) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** A problem's {@code detail}, for assertions' messages and checks. */
        public String detail() {
            return json().getString("detail");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 800 ? body.substring(0, 800) + "…" : body);
        }
    }

    public Answer get(String path, Map<String, String> headers) {
        return send("GET", path, headers, null, null);
    }

    public Answer withToken(String method, String path, String token) {
        return send(method, path, Map.of("Authorization", "Bearer " + token), null, null);
    }

    public Answer send(String method, String path, Map<String, String> headers, String contentType, String body) {
        return send(base.resolve(path), method, headers, contentType, body);
    }

    /** A GET of a path under {@code api/v1/} exactly as written, {@code ..} and all, as {@code curl --path-as-is}. */
    public Answer getAsIs(String path, Map<String, String> headers) {
        return send(URI.create(base.toString() + path), "GET", headers, null, null);
    }

    private Answer send(URI uri, String method, Map<String, String> headers, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The headers a signed-in browser sends: its session cookie. */
    public static Map<String, String> cookieOf(Browser browser) {
        return Map.of("Cookie", "JSESSIONID=" + browser.sessionId().orElseThrow());
    }
}
