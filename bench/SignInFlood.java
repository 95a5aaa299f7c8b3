import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of bench/signin-flood.sh: floods the sign-in form of each named server in turn (interleaved rounds)
 * with wrong passwords for one account from 16 clients, while one legitimate user signs in once a second from
 * another address, and prints per round and the median over rounds. Java 17, no dependencies:
 *
 *   java bench/SignInFlood.java ROUNDS SECONDS NAME=URL [NAME=URL ...]
 *
 * Every attempt is a fresh browser (empty cookie jar): GET /login.xhtml for the view state, then POST the form.
 * Answers: 302 to app/home.xhtml = signed in; 200 with "Wrong username or password." = the password was hashed
 * and rejected; 429 = throttled, refused before hashing; anything else = other (the first few are printed).
 * The client address is sent as X-Forwarded-For (the server trusts 127.0.0.1 as a proxy); only localhost is used.
 * Rates are the attempts started during the flood per second until the last of them was answered. The legitimate
 * user's k-th sign-in starts k seconds into the flood, or as soon as the one before it ended if that took longer;
 * its latency is that of the POST alone. Each round's attackers have their own addresses (203.0.113.1-16 in
 * round 1, 17-32 in round 2, ...), so an address blocked in one round does not carry its block into the next.
 */
public class SignInFlood {

    static final int ATTACKERS = 16;
    static final String LEGIT_USER = "bob";
    static final String LEGIT_PASSWORD = "demo";
    static final String LEGIT_IP = "198.51.100.7";
    /** The accounts attacked in rounds 1, 2, 3 (demo users, password "demo"); later rounds attack unknown names. */
    static final List<String> TARGETS = List.of("alice", "carol", "dave");
    static final String TARGET_PASSWORD = "demo";
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP mode: the page's script posts its nonce back with the form; so does this client. */
    static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    static final Pattern MESSAGE = Pattern.compile("ui-messages-\\w+-summary\"?[^>]*>([^<]*)<");
    static final int MAX_OTHER_PRINTED = 8;

    enum Outcome { SIGNED_IN, WRONG_PASSWORD, THROTTLED, OTHER }

    record Attempt(Outcome outcome, long postNanos) {}

    record RoundResult(String server, int round, String target, double attemptsPerSecond, double hashedPerSecond,
            double throttledPerSecond, int other, int legitOk, int legitTotal, double p50Ms, double p90Ms,
            String afterFlood) {}

    static final AtomicInteger otherPrinted = new AtomicInteger();
    static final AtomicLong guesses = new AtomicLong();
    static volatile boolean warnedAbout429;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java bench/SignInFlood.java ROUNDS SECONDS NAME=URL [NAME=URL ...]");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        if (rounds < 1 || rounds > 15 || seconds < 1) {
            // each round's attackers get their own 16 addresses out of 203.0.113.1-240
            System.err.println("ROUNDS must be 1-15 and SECONDS at least 1");
            System.exit(2);
        }
        Map<String, String> servers = new LinkedHashMap<>();
        for (String arg : Arrays.asList(args).subList(2, args.length)) {
            String[] pair = arg.split("=", 2);
            servers.put(pair[0], pair[1].replaceAll("/+$", ""));
        }

        for (Map.Entry<String, String> server : servers.entrySet()) { // warm-up, and a check the legit user works
            Browser browser = new Browser(server.getValue(), LEGIT_IP);
            for (int i = 0; i < 3; i++) {
                Attempt attempt = browser.signIn(LEGIT_USER, LEGIT_PASSWORD);
                if (attempt.outcome() != Outcome.SIGNED_IN) {
                    System.err.println(server.getKey() + ": warm-up sign-in of " + LEGIT_USER + " gave "
                            + attempt.outcome() + "; continuing anyway");
                }
            }
        }

        System.out.printf(Locale.ROOT, "%d clients flood the sign-in of one account with wrong passwords for %d s per"
                + " round; %s signs in once a second from another address meanwhile%n", ATTACKERS, seconds, LEGIT_USER);
        String header = "%-5s %-10s %-8s %10s %9s %12s %6s %9s %8s %8s  %s%n";
        String row = "%-5s %-10s %-8s %10.1f %9.1f %12.1f %6d %9s %8.0f %8.0f  %s%n";
        System.out.printf(Locale.ROOT, header, "round", "server", "target", "attempts/s", "hashed/s", "throttled/s",
                "other", "legit ok", "p50 ms", "p90 ms", "right password after");
        List<RoundResult> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            String target = round <= TARGETS.size() ? TARGETS.get(round - 1) : "victim-" + round;
            for (Map.Entry<String, String> server : servers.entrySet()) {
                RoundResult result = round(server.getKey(), server.getValue(), round, target, seconds);
                results.add(result);
                System.out.printf(Locale.ROOT, row, result.round(), result.server(), result.target(),
                        result.attemptsPerSecond(), result.hashedPerSecond(), result.throttledPerSecond(),
                        result.other(), result.legitOk() + "/" + result.legitTotal(), result.p50Ms(), result.p90Ms(),
                        result.afterFlood());
                Thread.sleep(2000); // let the server settle before the other one is flooded
            }
        }

        System.out.printf(Locale.ROOT, "%nMedian over %d round(s)%n", rounds);
        String summaryHeader = "%-10s %10s %9s %12s %6s %9s %8s %8s%n";
        String summaryRow = "%-10s %10.1f %9.1f %12.1f %6.0f %9s %8.0f %8.0f%n";
        System.out.printf(Locale.ROOT, summaryHeader, "server", "attempts/s", "hashed/s", "throttled/s", "other",
                "legit ok", "p50 ms", "p90 ms");
        for (String server : servers.keySet()) {
            List<RoundResult> mine = results.stream().filter(r -> r.server().equals(server)).toList();
            System.out.printf(Locale.ROOT, summaryRow, server,
                    median(mine, RoundResult::attemptsPerSecond), median(mine, RoundResult::hashedPerSecond),
                    median(mine, RoundResult::throttledPerSecond), median(mine, RoundResult::other),
                    String.format(Locale.ROOT, "%.0f/%.0f", median(mine, RoundResult::legitOk),
                            median(mine, RoundResult::legitTotal)),
                    median(mine, RoundResult::p50Ms), median(mine, RoundResult::p90Ms));
        }
    }

    /** One flood against one server: attackers and the legitimate user for the given time, then the check. */
    static RoundResult round(String name, String base, int round, String target, int seconds)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger hashed = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong(start);
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= ATTACKERS; i++) {
            // fresh addresses every round, so a per-address block from an earlier round does not carry over
            String ip = "203.0.113." + ((round - 1) * ATTACKERS + i);
            threads.add(new Thread(() -> {
                Browser browser = new Browser(base, ip);
                while (System.nanoTime() < deadline) { // what is under way at the end is counted too
                    Attempt attempt = browser.signIn(target, "guess-" + guesses.incrementAndGet());
                    switch (attempt.outcome()) {
                        case WRONG_PASSWORD -> hashed.incrementAndGet();
                        case THROTTLED -> throttled.incrementAndGet();
                        default -> other.incrementAndGet(); // a wrong password that signs in is "other" too
                    }
                }
                lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
            }));
        }
        List<Long> legitNanos = new ArrayList<>();
        AtomicInteger legitOk = new AtomicInteger();
        AtomicInteger legitTotal = new AtomicInteger();
        threads.add(new Thread(() -> {
            Browser browser = new Browser(base, LEGIT_IP);
            for (int k = 0; ; k++) { // the k-th attempt starts k seconds in, or as soon as the one before ends
                long slot = start + Duration.ofSeconds(k).toNanos();
                if (slot >= deadline) {
                    break;
                }
                sleepUntil(slot);
                Attempt attempt = browser.signIn(LEGIT_USER, LEGIT_PASSWORD);
                legitTotal.incrementAndGet();
                if (attempt.postNanos() >= 0) {
                    synchronized (legitNanos) {
                        legitNanos.add(attempt.postNanos());
                    }
                }
                if (attempt.outcome() == Outcome.SIGNED_IN) {
                    legitOk.incrementAndGet();
                }
            }
        }));
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        Attempt after = new Browser(base, LEGIT_IP).signIn(target, TARGET_PASSWORD);
        String afterFlood = TARGETS.contains(target) ? name(after.outcome()) : "n/a (no such account)";

        double[] ms = legitNanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
        // Attempts started during the flood per second until the last of them was answered: counting only those
        // answered within the flood would miss the (up to 16) hashes under way at its end.
        double elapsed = (lastAnswer.get() - start) / 1e9;
        return new RoundResult(name, round, target,
                (hashed.get() + throttled.get() + other.get()) / elapsed,
                hashed.get() / elapsed, throttled.get() / elapsed, other.get(),
                legitOk.get(), legitTotal.get(), ranked(ms, (ms.length + 1) / 2),
                ranked(ms, (int) Math.round(ms.length * 0.9)), afterFlood);
    }

    /** One simulated browser: its own cookie jar, emptied before every attempt, and its own address. */
    static final class Browser {
        final String base;
        final String ip;
        final CookieManager cookies = new CookieManager();
        final HttpClient http;

        Browser(String base, String ip) {
            this.base = base;
            this.ip = ip;
            this.http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        /** GET the page, POST the form; the time is the POST's alone, -1 when it was never sent. */
        Attempt signIn(String username, String password) {
            cookies.getCookieStore().removeAll();
            long before = -1;
            try {
                HttpResponse<String> page = http.send(request("/login.xhtml").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher state = VIEW_STATE.matcher(page.body());
                if (page.statusCode() != 200 || !state.find()) {
                    return new Attempt(other("GET login.xhtml", page), -1);
                }
                Matcher nonce = NONCE.matcher(page.body());
                String form = form("login", "login", "login:username", username, "login:password", password,
                        "login:submit", "", "jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"),
                        "primefaces.nonce", nonce.find() ? nonce.group(1) : "");
                before = System.nanoTime();
                HttpResponse<String> answer = http.send(request("/login.xhtml")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new Attempt(classify(answer), System.nanoTime() - before);
            } catch (IOException | RuntimeException e) { // refused, reset, timed out, ...
                printOther((before < 0 ? "GET" : "POST") + " login.xhtml failed: " + e);
                return new Attempt(Outcome.OTHER, before < 0 ? -1 : System.nanoTime() - before);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Attempt(Outcome.OTHER, -1);
            }
        }

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("X-Forwarded-For", ip);
        }
    }

    static Outcome classify(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 302 || status == 303) {
            String location = answer.headers().firstValue("Location").orElse("").replaceAll("[;?].*$", "");
            if (location.endsWith("app/home.xhtml")) {
                return Outcome.SIGNED_IN;
            }
        } else if (status == 429) {
            if (!warnedAbout429 && (answer.headers().firstValue("Retry-After").isEmpty()
                    || !answer.body().contains("Too many failed sign-ins"))) {
                warnedAbout429 = true;
                System.out.println("  note: a 429 came without a Retry-After header or without \"Too many failed"
                        + " sign-ins\" (counted as throttled): " + describe(answer));
            }
            return Outcome.THROTTLED;
        } else if (status == 200 && answer.body().contains("Wrong username or password.")) {
            return Outcome.WRONG_PASSWORD;
        }
        return other("POST login.xhtml", answer);
    }

    static Outcome other(String what, HttpResponse<String> response) {
        printOther(what + " answered " + describe(response));
        return Outcome.OTHER;
    }

    static String describe(HttpResponse<String> response) {
        Matcher message = MESSAGE.matcher(response.body());
        String text = message.find() ? "message \"" + message.group(1).strip() + "\""
                : "\"" + abbreviate(response.body().replaceAll("\\s+", " ").strip(), 160) + "\"";
        return response.statusCode() + response.headers().firstValue("Location").map(l -> " to " + l).orElse("")
                + ", " + text;
    }

    static void printOther(String text) {
        int n = otherPrinted.incrementAndGet();
        if (n <= MAX_OTHER_PRINTED) {
            System.out.println("  other: " + text);
        } else if (n == MAX_OTHER_PRINTED + 1) {
            System.out.println("  other: (further ones not printed)");
        }
    }

    static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "...";
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static String name(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The value of the given 1-based rank, as bench/grid-paging.sh takes them; 0 when there is nothing. */
    static double ranked(double[] sorted, int rank) {
        return sorted.length == 0 ? 0 : sorted[Math.max(1, Math.min(sorted.length, rank)) - 1];
    }

    static <T> double median(List<T> items, ToDoubleFunction<T> figure) {
        double[] values = items.stream().mapToDouble(figure).sorted().toArray();
        int n = values.length;
        return n == 0 ? 0 : n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
