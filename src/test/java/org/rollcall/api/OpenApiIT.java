package org.rollcall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rollcall.api.boundary.ApiApplication;
import org.rollcall.testing.Api;
import org.rollcall.testing.Api.Answer;
import org.rollcall.testing.Browser;
import org.rollcall.testing.Browser.Page;
import org.rollcall.testing.Deployments;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document against the API it describes: it lists every operation the resources have and no other,
 * and each operation, called on the running server with a token issued on the tokens page (and without one),
 * answers with a status the document lists, in its media type, with the fields its schema names.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final Pattern TOKEN = Pattern.compile("rc_[a-z2-7]{12}_[A-Za-z0-9_-]{43}");
    private static final List<String> ORDER = List.of("get", "patch", "delete");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.rollcall();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDocumentListsEveryOperationAndEachAnswersAsItSays() throws Exception {
        Api api = new Api(base);
        Answer served = api.get("openapi.yaml", Map.of());
        assertEquals(200, served.status(), "served to anyone");
        assertTrue(served.contentType().startsWith("application/yaml"), served.contentType());
        Map<String, Object> document = new Yaml().load(served.body());

        assertEquals(operationsOfTheResources(), operationsOf(document), "the document lists what the resources do");

        String token = issueToken();
        Browser alice = Browser.from(base, "198.51.100.91");
        alice.signIn("alice", "demo");
        JsonObject found = api.withToken("GET", "sessions?ip=198.51.100.91", token).json();
        String aliceRow = found.getJsonArray("sessions").getJsonObject(0).getString("id");

        List<String[]> operations = operationsOf(document).stream()
                .map(operation -> operation.split(" ", 2))
                .sorted(Comparator.comparing(operation -> ORDER.indexOf(operation[0])))
                .toList();
        for (String[] operation : operations) {
            String method = operation[0];
            String path = operation[1];
            Map<String, Object> responses = responsesOf(document, path, method);
            String url = path.substring(1).replace("{id}", aliceRow).replace("{username}", "bob");
            String body = method.equals("patch") ? "{\"danglingMinutes\": 60}" : null;
            Answer answer = api.send(method.toUpperCase(Locale.ROOT), url, Map.of("Authorization", "Bearer " + token),
                    body == null ? null : "application/json", body);
            checkAgainst(document, responses, method + " " + path, answer);
            assertTrue(answer.status() < 300, method + " " + path + " succeeds with a token: " + answer);
            if (responses.containsKey("401")) {
                Answer anonymous = api.send(method.toUpperCase(Locale.ROOT), url, Map.of(),
                        body == null ? null : "application/json", body);
                assertEquals(401, anonymous.status(), method + " " + path + " without a token: " + anonymous);
                checkAgainst(document, responses, method + " " + path, anonymous);
            }
        }
        assertTrue(alice.get("app/home.xhtml").isSignInPage(), "the DELETE of her session signed alice out");

        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        checkAgainst(document, responsesOf(document, "/sessions/{id}", "get"), "an unknown session",
                expect(404, api.send("GET", "sessions/no-such-session", bearer, null, null)));
        checkAgainst(document, responsesOf(document, "/sessions", "get"), "a bad page size",
                expect(400, api.send("GET", "sessions?limit=0", bearer, null, null)));
        checkAgainst(document, responsesOf(document, "/limits", "patch"), "a limit above the cap",
                expect(409, api.send("PATCH", "limits", bearer, "application/json", "{\"sessionsLimit\": 100000}")));
        checkAgainst(document, responsesOf(document, "/limits", "patch"), "a body that isn't JSON",
                expect(415, api.send("PATCH", "limits", bearer, "text/plain", "sessionsLimit=1")));
    }

    private static Answer expect(int status, Answer answer) {
        assertEquals(status, answer.status(), answer.toString());
        return answer;
    }

    /** Every {@code method /path} the resource classes answer, read from their annotations. */
    private static Set<String> operationsOfTheResources() throws IOException, URISyntaxException {
        java.nio.file.Path classes = Paths.get(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).resolve(ApiApplication.class.getPackageName().replace('.', '/'));
        Set<String> operations = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.list(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                Class<?> type;
                try {
                    type = Class.forName(ApiApplication.class.getPackageName() + "." + name.replace('$', '.'),
                            false, OpenApiIT.class.getClassLoader());
                } catch (ClassNotFoundException | NoClassDefFoundError e) {
                    continue; // a nested class under its binary name: not a resource
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = method.isAnnotationPresent(GET.class) ? "get"
                            : method.isAnnotationPresent(PATCH.class) ? "patch"
                            : method.isAnnotationPresent(DELETE.class) ? "delete" : null;
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        operations.add(verb + " /" + root.value() + (sub == null ? "" : "/" + sub.value()));
                    }
                }
            }
        }
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> operationsOf(Map<String, Object> document) {
        Set<String> operations = new TreeSet<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.keySet().stream()
                .filter(ORDER::contains)
                .forEach(method -> operations.add(method + " " + path)));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> responsesOf(Map<String, Object> document, String path, String method) {
        Map<String, Object> item = ((Map<String, Map<String, Object>>) document.get("paths")).get(path);
        return (Map<String, Object>) ((Map<String, Object>) item.get(method)).get("responses");
    }

    /** The status is documented; so are the media type and, for JSON, the fields (required ones present, no others). */
    @SuppressWarnings("unchecked")
    private static void checkAgainst(Map<String, Object> document, Map<String, Object> responses, String operation,
            Answer answer) {
        String status = String.valueOf(answer.status());
        assertTrue(responses.containsKey(status), operation + " answered " + answer + ", which isn't documented");
        Map<String, Object> response = (Map<String, Object>) resolve(document, responses.get(status));
        Map<String, Object> content = (Map<String, Object>) response.get("content");
        if (content == null) {
            assertEquals("", answer.body(), operation + ": no body is documented");
            return;
        }
        String mediaType = content.keySet().iterator().next();
        assertTrue(answer.contentType().startsWith(mediaType), operation + ": " + answer.contentType()
                + " is not the documented " + mediaType);
        if (mediaType.contains("json")) {
            Map<String, Object> media = (Map<String, Object>) content.get(mediaType);
            Map<String, Object> schema = (Map<String, Object>) media.get("schema");
            checkValue(document, schema, answer.structure(), operation);
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkValue(Map<String, Object> document, Map<String, Object> schemaOrRef, JsonValue value,
            String where) {
        Map<String, Object> schema = (Map<String, Object>) resolve(document, schemaOrRef);
        List<String> types = schema.get("type") instanceof List<?> list ? (List<String>) list
                : List.of(String.valueOf(schema.get("type")));
        assertTrue(types.contains(typeOf(value)), where + " is " + typeOf(value) + ", documented " + types);
        if (value instanceof JsonObject object && schema.containsKey("properties")) {
            Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
            for (String required : (List<String>) schema.getOrDefault("required", List.of())) {
                assertTrue(object.containsKey(required), where + " lacks " + required + ": " + object);
            }
            object.forEach((field, fieldValue) -> {
                assertTrue(properties.containsKey(field), where + " has undocumented " + field);
                checkValue(document, (Map<String, Object>) properties.get(field), fieldValue, where + "." + field);
            });
        }
        if (value instanceof JsonArray array && schema.containsKey("items")) {
            for (JsonValue item : array) {
                checkValue(document, (Map<String, Object>) schema.get("items"), item, where + "[]");
            }
        }
    }

    private static String typeOf(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "object";
            case ARRAY -> "array";
            case STRING -> "string";
            case NUMBER -> ((JsonNumber) value).isIntegral() ? "integer" : "number";
            case TRUE, FALSE -> "boolean";
            case NULL -> "null";
        };
    }

    @SuppressWarnings("unchecked")
    private static Object resolve(Map<String, Object> document, Object node) {
        Object resolved = node;
        while (resolved instanceof Map<?, ?> map && map.containsKey("$ref")) {
            Object at = document;
            for (String step : ((String) map.get("$ref")).substring(2).split("/")) {
                at = ((Map<String, Object>) at).get(step);
            }
            resolved = at;
        }
        return resolved;
    }

    private String issueToken() {
        Browser manager = new Browser(base);
        manager.signIn("admin", "it-admin-secret");
        Page issued = manager.submit(manager.get("app/site/tokens.xhtml"), "tokens", "issue",
                Map.of("name", "openapi-" + UUID.randomUUID().toString().substring(0, 8), "expiry_input", "30"));
        Matcher token = TOKEN.matcher(issued.body());
        assertTrue(token.find(), "a token is issued: " + issued);
        return token.group();
    }
}
