import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-in client of bench/run.sh (figures P4 and P5). Java 17, no dependencies; only localhost:
 *
 *   java bench/SignInLoad.java latency ROUNDS PAIRS NAME=URL NAME=URL
 *   java bench/SignInLoad.java throughput ROUNDS SECONDS CLIENTS NAME=URL NAME=URL
 *   java bench/SignInLoad.java sweep CLIENTS SLICE_SECONDS MAX_SECONDS LOG PATTERN BEFORE_MS DURING_MS A=URL B=URL
 *
 * Every attempt is a fresh browser (empty cookie jar): GET /login.xhtml for the view state and CSP nonce, then
 * POST the form; only the POST is timed. Users are the demo users alice, bob, carol, dave (password "demo"), in
 * turn. Outcomes: 302 to app/home.xhtml = signed in; 200 with "Wrong username or password." = wrong password
 * (hashed and rejected); anything else = other (the first few are printed).
 * <p>
 * latency: P5. Round r times, per server (the order of the two alternating from round to round), PAIRS pairs of
 * one sequential sign-in with the right password and one with a wrong one (which hashes the same; which of the
 * two goes first alternates), after 2 warm-up pairs per server. Prints per round and server the median of each
 * kind, and "RESULT latency NAME OK_MS WRONG_MS OTHER" with the medians of the rounds' medians. Any other
 * outcome makes it exit with status 3 (after printing): sequential sign-ins must not fail.
 * <p>
 * throughput: P5. Round r runs CLIENTS concurrent clients signing in (right password) for SECONDS against one
 * server, then against the other (order alternating by round); rate = successful sign-ins started in the time
 * per second until the last answer. Prints per round, and "RESULT throughput NAME RATE OTHER" with the median.
 * <p>
 * sweep: P4. Alternating slices of SLICE_SECONDS: CLIENTS concurrent clients sign in and sign out (the sign-out:
 * GET app/home.xhtml, POST its menu form; untimed) against A, then against B, then B, A, A, B, ... until the LOG
 * file (A's server log) has a line containing PATTERN, or MAX_SECONDS passed; the pair of slices under way then
 * is finished. Each sign-in POST is kept with its start time (epoch ms). The sweep window is from DURING_MS
 * (a time by which A's sweep has surely started) to the log line's own time (its [timeMillis: ...], else the
 * time it was seen); "before" is from the end of warm-up to BEFORE_MS (a time before which it surely had not).
 * Prints "RESULT sweep FINISHED END_MS" and per window and server "RESULT window NAME N P50 P99 OTHER".
 */
public class SignInLoad {

    static final List<String> USERS = List.of("alice", "bob", "carol", "dave");
    static final String PASSWORD = "demo";
    static final Duration TIMEOUT = Duration.ofSeconds(120);
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    static final Pattern TIME_MILLIS = Pattern.compile("\\[timeMillis: (\\d+)\\]");
    static final int MAX_OTHER_PRINTED = 8;

    enum Outcome { SIGNED_IN, WRONG_PASSWORD, OTHER }

    record Attempt(Outcome outcome, double postMs, long startMs) {}

    record Sample(String server, long startMs, double ms, Outcome outcome) {}

    static final AtomicInteger otherPrinted = new AtomicInteger();
    static final AtomicLong counter = new AtomicLong();

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
        }
        switch (args[0]) {
            case "latency" -> latency(Integer.parseInt(args[1]), Integer.parseInt(args[2]), servers(args, 3));
            case "throughput" -> throughput(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]), servers(args, 4));
            case "sweep" -> sweep(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Path.of(args[4]), args[5], Long.parseLong(args[6]), Long.parseLong(args[7]), servers(args, 8));
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: java bench/SignInLoad.java latency ROUNDS PAIRS NAME=URL NAME=URL\n"
                + "       java bench/SignInLoad.java throughput ROUNDS SECONDS CLIENTS NAME=URL NAME=URL\n"
                + "       java bench/SignInLoad.java sweep CLIENTS SLICE_SECONDS MAX_SECONDS LOG PATTERN BEFORE_MS"
                + " DURING_MS A=URL B=URL");
        System.exit(2);
    }

    static Map<String, String> servers(String[] args, int from) {
        Map<String, String> servers = new LinkedHashMap<>();
        for (String arg : Arrays.asList(args).subList(from, args.length)) {
            String[] pair = arg.split("=", 2);
            servers.put(pair[0], pair[1].replaceAll("/+$", ""));
        }
        if (servers.size() != 2) {
            System.err.println("two servers, NAME=URL, are required");
            System.exit(2);
        }
        return servers;
    }

    static List<String> order(List<String> names, int round) {
        return round % 2 == 1 ? names : List.of(names.get(1), names.get(0));
    }

    // ---- latency -----------------------------------------------------------------------------------------------

    static void latency(int rounds, int pairs, Map<String, String> servers) {
        List<String> names = List.copyOf(servers.keySet());
        Map<String, List<double[]>> perRound = new LinkedHashMap<>();
        Map<String, Integer> other = new LinkedHashMap<>();
        for (String name : names) {
            perRound.put(name, new ArrayList<>());
            other.put(name, 0);
            Browser browser = new Browser(servers.get(name));
            for (int i = 0; i < 2; i++) { // warm-up
                browser.signIn(USERS.get(i), PASSWORD);
                browser.signIn(USERS.get(i), "wrong-" + counter.incrementAndGet());
            }
        }
        System.out.printf(Locale.ROOT, "%-5s %-10s %12s %14s  (median POST ms of %d pairs)%n", "round", "server",
                "signed in", "wrong password", pairs);
        for (int round = 1; round <= rounds; round++) {
            for (String name : order(names, round)) {
                Browser browser = new Browser(servers.get(name));
                List<Double> ok = new ArrayList<>();
                List<Double> wrong = new ArrayList<>();
                for (int i = 0; i < pairs; i++) {
                    String user = USERS.get(i % USERS.size());
                    for (int k = 0; k < 2; k++) {
                        boolean right = (i + k) % 2 == 0;
                        Attempt attempt = browser.signIn(user, right ? PASSWORD : "wrong-" + counter.incrementAndGet());
                        Outcome expected = right ? Outcome.SIGNED_IN : Outcome.WRONG_PASSWORD;
                        if (attempt.outcome() != expected) {
                            other.merge(name, 1, Integer::sum);
                            printOther(name + ": " + (right ? "right" : "wrong") + " password of " + user + " gave "
                                    + attempt.outcome());
                        } else {
                            (right ? ok : wrong).add(attempt.postMs());
                        }
                    }
                }
                double[] medians = {median(ok), median(wrong)};
                perRound.get(name).add(medians);
                System.out.printf(Locale.ROOT, "%-5d %-10s %12.1f %14.1f%n", round, name, medians[0], medians[1]);
            }
        }
        boolean failed = false;
        for (String name : names) {
            List<double[]> rows = perRound.get(name);
            System.out.printf(Locale.ROOT, "RESULT latency %s %.1f %.1f %d%n", name,
                    median(rows.stream().map(r -> r[0]).toList()), median(rows.stream().map(r -> r[1]).toList()),
                    other.get(name));
            failed |= other.get(name) > 0;
        }
        if (failed) {
            System.exit(3);
        }
    }

    // ---- throughput --------------------------------------------------------------------------------------------

    static void throughput(int rounds, int seconds, int clients, Map<String, String> servers)
            throws InterruptedException {
        List<String> names = List.copyOf(servers.keySet());
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, Integer> other = new LinkedHashMap<>();
        names.forEach(n -> {
            rates.put(n, new ArrayList<>());
            other.put(n, 0);
        });
        System.out.printf(Locale.ROOT, "%-5s %-10s %14s %6s  (%d clients, %d s each)%n", "round", "server",
                "sign-ins/s", "other", clients, seconds);
        for (int round = 1; round <= rounds; round++) {
            for (String name : order(names, round)) {
                String base = servers.get(name);
                long start = System.nanoTime();
                long deadline = start + Duration.ofSeconds(seconds).toNanos();
                AtomicInteger ok = new AtomicInteger();
                AtomicInteger bad = new AtomicInteger();
                AtomicLong lastAnswer = new AtomicLong(start);
                List<Thread> threads = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    String user = USERS.get(c % USERS.size());
                    threads.add(new Thread(() -> {
                        Browser browser = new Browser(base);
                        while (System.nanoTime() < deadline) {
                            if (browser.signIn(user, PASSWORD).outcome() == Outcome.SIGNED_IN) {
                                ok.incrementAndGet();
                            } else {
                                bad.incrementAndGet();
                            }
                        }
                        lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                    }));
                }
                threads.forEach(Thread::start);
                for (Thread thread : threads) {
                    thread.join();
                }
                double rate = ok.get() / ((lastAnswer.get() - start) / 1e9);
                rates.get(name).add(rate);
                other.merge(name, bad.get(), Integer::sum);
                System.out.printf(Locale.ROOT, "%-5d %-10s %14.1f %6d%n", round, name, rate, bad.get());
                Thread.sleep(1000);
            }
        }
        for (String name : names) {
            System.out.printf(Locale.ROOT, "RESULT throughput %s %.1f %d%n", name, median(rates.get(name)),
                    other.get(name));
        }
    }

    // ---- sweep -------------------------------------------------------------------------------------------------

    static void sweep(int clients, int sliceSeconds, int maxSeconds, Path log, String pattern, long beforeMs,
            long duringMs, Map<String, String> servers) throws InterruptedException {
        List<String> names = List.copyOf(servers.keySet());
        for (String name : names) { // warm-up, and a check that sign-in and sign-out work
            Browser browser = new Browser(servers.get(name));
            for (int i = 0; i < 4; i++) {
                Attempt attempt = browser.signIn(USERS.get(i), PASSWORD);
                if (attempt.outcome() != Outcome.SIGNED_IN || !browser.signOut()) {
                    System.err.println(name + ": warm-up sign-in/sign-out of " + USERS.get(i) + " failed ("
                            + attempt.outcome() + ")");
                    System.exit(3);
                }
            }
        }
        long warmEnd = System.currentTimeMillis();
        long hardEnd = warmEnd + maxSeconds * 1000L;
        AtomicLong endMs = new AtomicLong(-1);
        Thread watcher = new Thread(() -> { // A's log: the sweep's line, with its own time
            while (endMs.get() < 0 && !Thread.currentThread().isInterrupted()) {
                try {
                    for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                        if (line.contains(pattern)) {
                            Matcher time = TIME_MILLIS.matcher(line);
                            endMs.compareAndSet(-1, time.find() ? Long.parseLong(time.group(1))
                                    : System.currentTimeMillis());
                            System.out.println("  A's log: " + line.replaceAll("\\u001b\\[[0-9;]*m", "")
                                    .replaceAll("^.*\\] ", ""));
                            break;
                        }
                    }
                    Thread.sleep(250);
                } catch (IOException e) {
                    System.err.println("can't read " + log + ": " + e);
                    return;
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        List<Sample> samples = new ArrayList<>();
        int slice = 0;
        System.out.printf(Locale.ROOT, "%d clients sign in and out, %d s slices alternating A/B, until A's log says"
                + " \"%s\" (at most %d s)%n", clients, sliceSeconds, pattern, maxSeconds);
        while (true) {
            int pair = slice / 2;
            String name = order(names, pair % 2 + 1).get(slice % 2);
            samples.addAll(slice(name, servers.get(name), clients, sliceSeconds));
            slice++;
            if (slice % 2 == 0 && (endMs.get() >= 0 || System.currentTimeMillis() >= hardEnd)) {
                break;
            }
        }
        watcher.interrupt();
        boolean finished = endMs.get() >= 0;
        long end = finished ? endMs.get() : System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "RESULT sweep %d %d%n", finished ? 1 : 0, end);
        window("during", samples, names, duringMs, end);
        window("before", samples, names, warmEnd, beforeMs);
        window("all", samples, names, warmEnd, Long.MAX_VALUE);
    }

    static List<Sample> slice(String name, String base, int clients, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Sample> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(new Thread(() -> {
                Browser browser = new Browser(base);
                for (int i = client; System.nanoTime() < deadline; i += clients) {
                    Attempt attempt = browser.signIn(USERS.get(i % USERS.size()), PASSWORD);
                    Outcome outcome = attempt.outcome();
                    if (outcome == Outcome.SIGNED_IN && !browser.signOut()) {
                        outcome = Outcome.OTHER;
                    }
                    synchronized (samples) {
                        samples.add(new Sample(name, attempt.startMs(), attempt.postMs(), outcome));
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        return samples;
    }

    static void window(String window, List<Sample> samples, List<String> names, long fromMs, long toMs) {
        for (String name : names) {
            List<Sample> mine = samples.stream()
                    .filter(s -> s.server().equals(name) && s.startMs() >= fromMs && s.startMs() <= toMs).toList();
            double[] ms = mine.stream().filter(s -> s.outcome() == Outcome.SIGNED_IN).mapToDouble(Sample::ms)
                    .sorted().toArray();
            long other = mine.stream().filter(s -> s.outcome() != Outcome.SIGNED_IN).count();
            System.out.printf(Locale.ROOT, "RESULT window %s %s %d %.1f %.1f %d%n", window, name, ms.length,
                    percentile(ms, 0.50), percentile(ms, 0.99), other);
        }
    }

    // ---- the browser -------------------------------------------------------------------------------------------

    /** One simulated browser: its own cookie jar, emptied before every sign-in. */
    static final class Browser {
        final String base;
        final CookieManager cookies = new CookieManager();
        final HttpClient http;

        Browser(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        /** GET the page, POST the form; the time is the POST's alone, NaN when it was never sent. */
        Attempt signIn(String username, String password) {
            cookies.getCookieStore().removeAll();
            long before = -1;
            long startMs = System.currentTimeMillis();
            try {
                HttpResponse<String> page = http.send(request("/login.xhtml").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher state = VIEW_STATE.matcher(page.body());
                if (page.statusCode() != 200 || !state.find()) {
                    printOther("GET login.xhtml answered " + page.statusCode());
                    return new Attempt(Outcome.OTHER, Double.NaN, startMs);
                }
                Matcher nonce = NONCE.matcher(page.body());
                String form = form("login", "login", "login:username", username, "login:password", password,
                        "login:submit", "", "jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"),
                        "primefaces.nonce", nonce.find() ? nonce.group(1) : "");
                startMs = System.currentTimeMillis();
                before = System.nanoTime();
                HttpResponse<String> answer = http.send(request("/login.xhtml")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - before) / 1e6;
                return new Attempt(classify(answer), ms, startMs);
            } catch (IOException | RuntimeException e) { // refused, reset, timed out, ...
                printOther((before < 0 ? "GET" : "POST") + " login.xhtml failed: " + e);
                return new Attempt(Outcome.OTHER, before < 0 ? Double.NaN : (System.nanoTime() - before) / 1e6,
                        startMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Attempt(Outcome.OTHER, Double.NaN, startMs);
            }
        }

        /** The menu's sign-out button: GET the home page for its view state, POST the menu form. */
        boolean signOut() {
            try {
                HttpResponse<String> page = http.send(request("/app/home.xhtml").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher state = VIEW_STATE.matcher(page.body());
                if (page.statusCode() != 200 || !state.find()) {
                    printOther("GET app/home.xhtml answered " + page.statusCode());
                    return false;
                }
                Matcher nonce = NONCE.matcher(page.body());
                String form = form("menu", "menu", "menu:signOut", "",
                        "jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"),
                        "primefaces.nonce", nonce.find() ? nonce.group(1) : "");
                HttpResponse<String> answer = http.send(request("/app/home.xhtml")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
                String location = answer.headers().firstValue("Location").orElse("");
                if ((answer.statusCode() == 302 || answer.statusCode() == 303) && location.contains("login.xhtml")) {
                    return true;
                }
                printOther("sign-out answered " + answer.statusCode() + " " + location);
                return false;
            } catch (IOException | RuntimeException e) {
                printOther("sign-out failed: " + e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        }
    }

    static Outcome classify(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 302 || status == 303) {
            String location = answer.headers().firstValue("Location").orElse("").replaceAll("[;?].*$", "");
            if (location.endsWith("app/home.xhtml")) {
                return Outcome.SIGNED_IN;
            }
        } else if (status == 200 && answer.body().contains("Wrong username or password.")) {
            return Outcome.WRONG_PASSWORD;
        }
        printOther("POST login.xhtml answered " + status + answer.headers().firstValue("Location")
                .map(l -> " to " + l).orElse(""));
        return Outcome.OTHER;
    }

    static void printOther(String text) {
        int n = otherPrinted.incrementAndGet();
        if (n <= MAX_OTHER_PRINTED) {
            System.out.println("  other: " + text);
        } else if (n == MAX_OTHER_PRINTED + 1) {
            System.out.println("  other: (further ones not printed)");
        }
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    /** The value at rank ceil(q * n) of the sorted values (the nearest-rank percentile); NaN when empty. */
    static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }
}
