package org.rollcall.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rollcall.language.control.SupportedLanguage;

/** Every text in every language: no key missing from a bundle, none left unused, the same placeholders in each. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/rollcall");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:\\s*,\\s*(\\w+))?");

    private static Map<SupportedLanguage, Map<String, String>> bundles;
    private static String sources;

    @BeforeAll
    static void read() throws IOException {
        bundles = new TreeMap<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            bundles.put(language, bundle(language));
        }
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/webapp")))) {
            sources = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xhtml"))
                    .map(MessageBundlesTest::text)
                    .collect(Collectors.joining("\n"));
        }
    }

    /** ResourceBundle tries the JVM's own language before the base bundle: English must not depend on it. */
    @Test
    void englishIsEnglishOnAServerThatRunsInGermanOrFrench() {
        Locale jvm = Locale.getDefault();
        try {
            for (Locale serverLanguage : List.of(Locale.GERMAN, Locale.FRENCH)) {
                Locale.setDefault(serverLanguage);
                ResourceBundle.clearCache();
                for (Locale asked : List.of(Locale.ENGLISH, Locale.US, Locale.UK)) {
                    assertEquals("Sign out", ResourceBundle.getBundle("org.rollcall.messages", asked)
                            .getString("menu.signOut"), asked + " on a " + serverLanguage + " server");
                }
            }
        } finally {
            Locale.setDefault(jvm);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void everyLanguageHasEveryKeyAndNoOther() {
        Set<String> english = bundles.get(SupportedLanguage.ENGLISH).keySet();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Set<String> keys = bundles.get(language).keySet();
            assertEquals(Set.of(), difference(english, keys), language + " lacks these keys");
            assertEquals(Set.of(), difference(keys, english), language + " has keys English has not");
        }
    }

    @Test
    void noKeyIsWrittenTwiceInABundle() throws IOException {
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Set<String> seen = new HashSet<>();
            List<String> twice = Files.readAllLines(file(language), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .filter(key -> !seen.add(key))
                    .toList();
            assertEquals(List.of(), twice, language + ": a later line silently replaces an earlier one");
        }
    }

    /**
     * A key is used when the code or a page names it, or names the prefix it is completed from at run time
     * ({@code "session.ended." + reason}, {@code 'activity.kind.'.concat(kind)}).
     */
    @Test
    void everyKeyIsUsedByTheCodeOrAPage() {
        List<String> unused = bundles.get(SupportedLanguage.ENGLISH).keySet().stream()
                .filter(key -> !sources.contains(key))
                .filter(key -> !key.contains(".") || !usedAsPrefix(key.substring(0, key.lastIndexOf('.') + 1)))
                .sorted()
                .toList();
        assertEquals(List.of(), unused, "texts no page shows: remove them or use them");
    }

    @Test
    void everyTranslationTakesTheSamePlaceholdersAsEnglish() {
        Map<String, String> english = bundles.get(SupportedLanguage.ENGLISH);
        List<String> differing = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            bundles.get(language).forEach((key, pattern) -> {
                if (english.containsKey(key) && !placeholders(pattern).equals(placeholders(english.get(key)))) {
                    differing.add(language + " " + key + ": " + placeholders(pattern) + " instead of "
                            + placeholders(english.get(key)));
                }
            });
        }
        assertEquals(List.of(), differing);
    }

    /**
     * Texts with placeholders go through {@link MessageFormat}, where a lone apostrophe quotes the rest of the
     * text away ("l'utilisateur {0}" would show "lutilisateur {0}"): each must format, with its words intact.
     */
    @Test
    void everyPatternFormatsWithItsWordsIntact() {
        List<String> broken = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            bundles.get(language).forEach((key, pattern) -> {
                if (placeholders(pattern).isEmpty()) {
                    return;
                }
                String lone = pattern.replace("''", "");
                if (lone.contains("'")) {
                    broken.add(language + " " + key + ": a lone ' (write '' or ’)");
                    return;
                }
                for (Object amount : List.of(0, 1, 2, 5, 1500)) {
                    try {
                        Object[] arguments = {amount, amount, amount, amount, amount};
                        String text = new MessageFormat(pattern, language.locale()).format(arguments);
                        if (text.contains("{") || text.contains("}")) {
                            broken.add(language + " " + key + ": left a brace in \"" + text + "\"");
                        }
                    } catch (IllegalArgumentException e) {
                        broken.add(language + " " + key + ": " + e.getMessage());
                    }
                }
            });
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theEnglishRefusalIsWordForWordTheOneSitesKnowAndTheOthersSayTheSameNumber() {
        assertEquals("There are more than 10 active user sessions. Please try again later.",
                format(SupportedLanguage.ENGLISH, "limit.refused", 10));
        for (SupportedLanguage language : List.of(SupportedLanguage.GERMAN, SupportedLanguage.FRENCH)) {
            String refusal = format(language, "limit.refused", 10);
            assertTrue(refusal.contains("10") && !refusal.contains("active user sessions"), language + ": " + refusal);
        }
    }

    @Test
    void countsTakeTheRightFormInEachLanguage() {
        assertEquals("in 1 day", format(SupportedLanguage.ENGLISH, "time.inDays", 1));
        assertEquals("in 4 days", format(SupportedLanguage.ENGLISH, "time.inDays", 4));
        assertTrue(format(SupportedLanguage.GERMAN, "time.daysAgo", 4).contains("4 Tagen"),
                format(SupportedLanguage.GERMAN, "time.daysAgo", 4));
        assertTrue(format(SupportedLanguage.GERMAN, "time.daysAgo", 1).contains("1 Tag"));
        assertTrue(format(SupportedLanguage.FRENCH, "time.daysAgo", 4).contains("4 jours"));
        assertTrue(format(SupportedLanguage.FRENCH, "time.daysAgo", 1).contains("1 jour"));
        assertTrue(format(SupportedLanguage.GERMAN, "home.site.dangling", 2).contains("2 "));
        assertEquals(format(SupportedLanguage.ENGLISH, "home.site.inUse", 1234, 2000),
                "1,234 sessions of 2,000 in use");
        String german = format(SupportedLanguage.GERMAN, "home.site.inUse", 1234, 2000);
        assertTrue(german.contains("1.234"), "German groups thousands with a dot: " + german);
    }

    private static String format(SupportedLanguage language, String key, Object... arguments) {
        return new MessageFormat(bundles.get(language).get(key), language.locale()).format(arguments);
    }

    private static boolean usedAsPrefix(String prefix) {
        return sources.contains("\"" + prefix + "\"") || sources.contains("'" + prefix + "'")
                || sources.contains("\"" + prefix + "\" +");
    }

    /** Argument index and format type of every placeholder, nested ones in choice branches included. */
    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(2) == null ? "" : ":" + matcher.group(2).toLowerCase(
                    Locale.ROOT)));
        }
        return found;
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(without);
        return rest;
    }

    private static Map<String, String> bundle(SupportedLanguage language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file(language), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    private static Path file(SupportedLanguage language) {
        return BUNDLES.resolve(language == SupportedLanguage.ENGLISH ? "messages.properties"
                : "messages_" + language.tag() + ".properties");
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
