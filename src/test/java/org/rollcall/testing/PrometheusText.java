package org.rollcall.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Reads a scrape with Prometheus' own parser, the official Python client's {@code text_string_to_metric_families}
 * (Debian's {@code python3-prometheus-client}, installed by {@code .ci/run}): a scrape it can't parse fails the
 * test. Samples are keyed {@code name{label="value",...}}, labels sorted.
 */
public final class PrometheusText {

    private static final String PARSER = String.join("\n",
            "import sys, json, math",
            "from prometheus_client.parser import text_string_to_metric_families",
            "for family in text_string_to_metric_families(sys.stdin.read()):",
            "    for s in family.samples:",
            "        v = 'NaN' if math.isnan(s.value) else repr(float(s.value))",
            "        print(json.dumps({'type': family.type, 'name': s.name, 'labels': s.labels, 'value': v}))");

    private PrometheusText() {
    }

    /** Every sample of the scrape; fails if the parser refuses it. */
    public static Map<String, Double> parse(String scrape) {
        try {
            Process python = new ProcessBuilder("/usr/bin/python3", "-c", PARSER).redirectErrorStream(true).start();
            try (OutputStream in = python.getOutputStream()) {
                in.write(scrape.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!python.waitFor(60, TimeUnit.SECONDS) || python.exitValue() != 0) {
                throw new AssertionError("Prometheus' parser refused the scrape: " + out);
            }
            Map<String, Double> samples = new TreeMap<>();
            out.lines().filter(line -> !line.isBlank()).forEach(line -> {
                JsonObject sample = Json.createReader(new StringReader(line)).readObject();
                String labels = sample.getJsonObject("labels").entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> e.getKey() + "=\"" + ((jakarta.json.JsonString) e.getValue()).getString() + "\"")
                        .collect(Collectors.joining(","));
                samples.put(sample.getString("name") + (labels.isEmpty() ? "" : "{" + labels + "}"),
                        Double.parseDouble(sample.getString("value")));
            });
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
