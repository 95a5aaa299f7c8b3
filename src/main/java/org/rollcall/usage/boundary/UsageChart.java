package org.rollcall.usage.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.rollcall.usage.control.UsagePoint;

/**
 * A Chart.js configuration for PrimeFaces' {@code p:chart}: the peak of live sessions as a line against the limit
 * in force (dashed, stepped), sign-ins and refusals as bars on an axis of their own (a busy hour has far more
 * sign-ins than seats). Hours nobody saw are gaps in the line, not zeros.
 */
final class UsageChart {

    /** An hour as the page's language writes a date and a time ("12/3/26, 2:00 PM", "03.12.26, 14:00"), in UTC. */
    static DateTimeFormatter hours(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZoneOffset.UTC);
    }

    /** A day as the page's language writes it ("Dec 3, 2026", "03.12.2026", "3 déc. 2026"). */
    static DateTimeFormatter days(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC);
    }

    /** The series' names, in the page's language. */
    record Labels(String peak, String limit, String signIns, String refusals) {
    }

    private UsageChart() {
    }

    static String of(List<UsagePoint> points, DateTimeFormatter when, Labels labels) {
        JsonArrayBuilder times = Json.createArrayBuilder();
        points.forEach(point -> times.add(when.format(point.start())));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(line(labels.peak(), series(points, UsagePoint::peak), "#1565c0")
                        .add("order", 0))
                .add(line(labels.limit(), series(points, UsagePoint::limit), "#c62828")
                        .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                        .add("stepped", true)
                        .add("pointRadius", 2)
                        .add("order", 1))
                .add(bar(labels.signIns(), counts(points, UsagePoint::signIns), "#90caf9").add("order", 2))
                .add(bar(labels.refusals(), counts(points, UsagePoint::refusals), "#ef9a9a").add("order", 3));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", times).add("datasets", datasets))
                .add("options", options(labels))
                .build()
                .toString();
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("label", label)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("spanGaps", false)
                .add("yAxisID", "sessions");
    }

    private static JsonObjectBuilder bar(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", colour)
                .add("yAxisID", "signIns");
    }

    private static JsonObjectBuilder options(Labels labels) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("scales", Json.createObjectBuilder()
                        .add("sessions", axis("left", labels.peak()))
                        .add("signIns", axis("right", labels.signIns())
                                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))));
    }

    private static JsonObjectBuilder axis(String side, String title) {
        return Json.createObjectBuilder()
                .add("type", "linear")
                .add("position", side)
                .add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    private static JsonArrayBuilder series(List<UsagePoint> points, Function<UsagePoint, Optional<Integer>> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(point -> value.apply(point).ifPresentOrElse(data::add, data::addNull));
        return data;
    }

    private static JsonArrayBuilder counts(List<UsagePoint> points, Function<UsagePoint, Long> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        points.forEach(point -> data.add(value.apply(point)));
        return data;
    }
}
