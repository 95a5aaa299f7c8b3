package org.rollcall.api.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rollcall.api.control.InvalidRequest.FieldError;
import org.rollcall.limits.control.LimitValues;
import org.rollcall.limits.entity.DanglingPolicy;
import org.rollcall.limits.entity.PerUserMode;
import org.rollcall.limits.entity.SiteLimits;

/**
 * A change to the limit settings as a script sends it: a JSON merge patch (RFC 7396) of the settings' fields. A
 * field left out keeps its value, {@code null} removes a limit (or lets the dangling threshold follow the idle
 * timeout). The JSON is read here, not by the server's JSON-B, so every mistake (not JSON, an unknown field, a wrong type, a value that isn't one of the choices) gets a
 * message naming the field, the same on every server. Whether the values are allowed (the cap, the lifetime) is
 * the settings page's rule, checked when the patch is applied under the site lock, to the settings as they are
 * then: a patch of one field never writes back a stale value of another.
 */
public final class LimitsPatch {

    static final List<String> FIELDS = List.of("sessionsLimit", "perUserLimit", "perUserMode", "danglingMinutes",
            "danglingPolicy");

    /** The fields the patch sets; a limit set to null is present with a null value. */
    private final Map<String, Object> changes;

    private LimitsPatch(Map<String, Object> changes) {
        this.changes = changes;
    }

    public static LimitsPatch parse(String body) throws InvalidRequest {
        JsonObject patch = object(body);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> changes = new HashMap<>();
        for (String field : patch.keySet().stream().sorted().toList()) {
            JsonValue value = patch.get(field);
            switch (field) {
                case "sessionsLimit", "perUserLimit" -> {
                    if (value.getValueType() == JsonValue.ValueType.NULL) {
                        changes.put(field, null); // no limit
                    } else {
                        whole(value).ifPresentOrElse(limit -> changes.put(field, limit.intValue()), () -> errors.add(
                                new FieldError(field, field + " must be a whole number, or null for none.")));
                    }
                }
                case "danglingMinutes" -> {
                    if (value.getValueType() == JsonValue.ValueType.NULL) {
                        changes.put(field, null); // back to the default, half the idle timeout
                    } else {
                        whole(value).ifPresentOrElse(minutes -> changes.put(field, minutes), () -> errors.add(
                                new FieldError(field, field + " must be a whole number of minutes, or null for the "
                                        + "default.")));
                    }
                }
                case "perUserMode" -> choice(field, value, PerUserMode.values(), changes, errors);
                case "danglingPolicy" -> choice(field, value, DanglingPolicy.values(), changes, errors);
                default -> errors.add(new FieldError(field, "Unknown field \"" + field + "\"; the fields are "
                        + String.join(", ", FIELDS) + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return new LimitsPatch(changes);
    }

    /** The settings as they would be with this patch applied to {@code current}. */
    public LimitValues applyTo(SiteLimits current) {
        return new LimitValues(
                (Integer) changes.getOrDefault("sessionsLimit", current.sessionsLimit().orElse(null)),
                (Integer) changes.getOrDefault("perUserLimit", current.perUserLimit().orElse(null)),
                (PerUserMode) changes.getOrDefault("perUserMode", current.perUserMode()),
                (Long) changes.getOrDefault("danglingMinutes",
                        current.chosenDanglingThreshold().map(Duration::toMinutes).orElse(null)),
                (DanglingPolicy) changes.getOrDefault("danglingPolicy", current.danglingPolicy()));
    }

    private static JsonObject object(String body) throws InvalidRequest {
        String example = "Send the changes as a JSON object, e.g. {\"sessionsLimit\": 25}.";
        if (body == null || body.isBlank()) {
            throw InvalidRequest.of("body", example);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw InvalidRequest.of("body", example);
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw InvalidRequest.of("body", "The body is not valid JSON: " + e.getMessage());
        }
    }

    /** A whole number that fits an int. */
    private static Optional<Long> whole(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long whole = number.bigIntegerValueExact().longValueExact();
                if (whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE) {
                    return Optional.of(whole);
                }
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static void choice(String field, JsonValue value, Enum<?>[] choices, Map<String, Object> changes,
            List<FieldError> errors) {
        Optional<Enum<?>> chosen = value instanceof JsonString text
                ? Arrays.stream(choices).filter(choice -> choice.name().equals(text.getString())).findFirst()
                : Optional.empty();
        chosen.ifPresentOrElse(choice -> changes.put(field, choice), () -> errors.add(new FieldError(field,
                field + " must be one of " + String.join(", ", Arrays.stream(choices).map(Enum::name).toList())
                        + ".")));
    }
}
