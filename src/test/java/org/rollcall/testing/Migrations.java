package org.rollcall.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The migrations the WAR ships for a database, read from the sources, so tests don't hard-code how many exist. */
public final class Migrations {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private Migrations() {
    }

    /** The versions of {@code src/main/resources/db/migration/<database>/}, in order. */
    public static List<Integer> versions(String database) {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration", database))) {
            return scripts.map(script -> VERSION.matcher(script.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(matcher -> Integer.valueOf(matcher.group(1)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
