package org.rollcall.platform.control;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every setting Rollcall reads from outside, in one place, so the README table and the code can't drift.
 * <p>
 * A setting {@code rollcall.idle-timeout} is read from the system property of that name first, then from the
 * environment variable {@code ROLLCALL_IDLE_TIMEOUT}: the same precedence MicroProfile Config uses, without
 * depending on it, so the WAR stays portable to any Jakarta EE 10 server.
 */
public final class RollcallSettings {

    public static final String IDLE_TIMEOUT = "rollcall.idle-timeout";
    public static final String LIFETIME = "rollcall.lifetime";
    public static final String ACTIVITY_SLOT = "rollcall.activity-slot";
    public static final String SWEEP_INTERVAL = "rollcall.sweep-interval";
    public static final String SWEEP_BATCH = "rollcall.sweep-batch";
    public static final String ACTIVITY_RETENTION = "rollcall.activity-retention";
    public static final String DATA_DIR = "rollcall.data-dir";
    public static final String ADMIN_PASSWORD = "rollcall.admin-password";
    public static final String DEMO = "rollcall.demo";
    public static final String NODE = "rollcall.node";
    public static final String SESSIONS_LIMIT = "rollcall.sessions-limit";
    public static final String SIGNIN_MAX_FAILURES = "rollcall.signin.max-failures";
    public static final String SIGNIN_MAX_FAILURES_PER_IP = "rollcall.signin.max-failures-per-ip";
    public static final String SIGNIN_LOCKOUT = "rollcall.signin.lockout";
    public static final String SIGNIN_MAX_LOCKOUT = "rollcall.signin.max-lockout";
    public static final String SIGNIN_FAILURE_MEMORY = "rollcall.signin.failure-memory";
    public static final String TRUSTED_PROXIES = "rollcall.trusted-proxies";
    public static final String SECURE_COOKIE = "rollcall.secure-cookie";
    public static final String DB_URL = "rollcall.db-url";
    public static final String DB_USER = "rollcall.db-user";
    public static final String DB_PASSWORD = "rollcall.db-password";
    public static final String DB_JNDI = "rollcall.db-jndi";
    public static final String SESSION_REPLICATION = "rollcall.session-replication";
    public static final String PASSWORD_MIN_LENGTH = "rollcall.password.min-length";
    public static final String LDAP_URL = "rollcall.ldap.url";
    public static final String LDAP_BIND_DN = "rollcall.ldap.bind-dn";
    public static final String LDAP_BIND_PASSWORD = "rollcall.ldap.bind-password";
    public static final String LDAP_USER_BASE = "rollcall.ldap.user-base";
    public static final String LDAP_USER_FILTER = "rollcall.ldap.user-filter";
    public static final String LDAP_USERNAME_ATTRIBUTE = "rollcall.ldap.username-attribute";
    public static final String LDAP_GROUP_BASE = "rollcall.ldap.group-base";
    public static final String LDAP_MANAGER_GROUP = "rollcall.ldap.manager-group";

    /**
     * The longest duration any setting may have: ten years. Times are stored as SQL timestamps, and a duration
     * that runs past what the database or the clock can hold would break every page instead of one setting.
     */
    public static final Duration LONGEST = Duration.ofDays(3650);

    /** The value of {@link #DATA_DIR} that keeps the database in memory (tests, throw-away demos). */
    public static final String IN_MEMORY = "memory:";

    private final UnaryOperator<String> source;

    RollcallSettings(UnaryOperator<String> source) {
        this.source = Objects.requireNonNull(source, "a source of values is required");
    }

    /** Settings as the running JVM sees them: system properties over environment variables. */
    public static RollcallSettings fromEnvironment() {
        return new RollcallSettings(name -> {
            String property = System.getProperty(name);
            return property != null ? property : System.getenv(environmentName(name));
        });
    }

    /** Settings from values keyed by property name ({@code rollcall.db-url}), as a tool or a test passes them. */
    public static RollcallSettings of(java.util.Map<String, String> values) {
        return new RollcallSettings(values::get);
    }

    /** {@code rollcall.idle-timeout} becomes {@code ROLLCALL_IDLE_TIMEOUT}. */
    public static String environmentName(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** How long a session may be idle before it expires; also the container's session timeout. */
    public Duration idleTimeout() {
        return duration(IDLE_TIMEOUT, Duration.ofMinutes(30));
    }

    /** How long a session may live at most, however active it is (the seeds' two weeks). */
    public Duration lifetime() {
        return duration(LIFETIME, Duration.ofDays(14));
    }

    /** Last activity is written at most once per slot: the write budget of a busy session. */
    public Duration activitySlot() {
        return duration(ACTIVITY_SLOT, Duration.ofSeconds(60));
    }

    public Duration sweepInterval() {
        return duration(SWEEP_INTERVAL, Duration.ofMinutes(5));
    }

    /** How long the activity log keeps an event; older ones are deleted with each sweep. */
    public Duration activityRetention() {
        return duration(ACTIVITY_RETENTION, Duration.ofDays(90));
    }

    /** Rows deleted per transaction by the sweeper: small enough that no lock is held for long. */
    public int sweepBatchSize() {
        return positiveInt(SWEEP_BATCH, 500);
    }

    /**
     * Where the embedded Derby database lives: {@code ~/.rollcall/data} unless set; {@value #IN_MEMORY} keeps
     * it in memory.
     */
    public String dataDir() {
        return value(DATA_DIR).orElseGet(() -> Path.of(System.getProperty("user.home"), ".rollcall", "data")
                .toString());
    }

    public Optional<String> adminPassword() {
        return value(ADMIN_PASSWORD);
    }

    /** Whether the demo users exist; off unless explicitly switched on. */
    public boolean demo() {
        return flag(DEMO);
    }

    /** The JDBC URL of a PostgreSQL or MariaDB database; unset means embedded Derby in {@link #dataDir()}. */
    public Optional<String> dbUrl() {
        return value(DB_URL);
    }

    public Optional<String> dbUser() {
        return value(DB_USER);
    }

    public Optional<String> dbPassword() {
        return Optional.ofNullable(source.apply(DB_PASSWORD)).filter(v -> !v.isEmpty());
    }

    /** The JNDI name of a datasource the server defines (Payara Server, GlassFish, WildFly), instead of a URL. */
    public Optional<String> dbJndi() {
        return value(DB_JNDI);
    }

    /**
     * Whether the container replicates HTTP sessions between nodes. Then a node's sessions outlive its restart
     * (they fail over to other nodes), so a restarting node must not end the rows it left open.
     */
    public boolean sessionReplication() {
        return flag(SESSION_REPLICATION);
    }

    /** The configured name of this server node, if any; otherwise one is derived at start-up. */
    public Optional<String> node() {
        return value(NODE);
    }

    /**
     * The hosting provider's cap on simultaneous sessions: set by whoever runs the server, never from the pages.
     * Unset means no cap.
     */
    public Optional<Integer> sessionsLimit() {
        return value(SESSIONS_LIMIT).map(v -> parse(SESSIONS_LIMIT, v, RollcallSettings::parsePositive));
    }

    /** Failed sign-ins for one account name, in a row, before its sign-ins are refused for a while. */
    public int signInMaxFailures() {
        return positiveInt(SIGNIN_MAX_FAILURES, 5);
    }

    /**
     * Failed sign-ins from one IP address before its sign-ins are refused for a while: higher than per account,
     * because an office or a mobile network puts many people behind one address.
     */
    public int signInMaxFailuresPerIp() {
        return positiveInt(SIGNIN_MAX_FAILURES_PER_IP, 20);
    }

    /** How long the first lock-out lasts; each further failure doubles it, up to {@link #signInMaxLockout()}. */
    public Duration signInLockout() {
        return duration(SIGNIN_LOCKOUT, Duration.ofSeconds(30));
    }

    public Duration signInMaxLockout() {
        return duration(SIGNIN_MAX_LOCKOUT, Duration.ofMinutes(15));
    }

    /** How long failures are remembered after the first of a run (or after the lock-out it caused has ended). */
    public Duration signInFailureMemory() {
        return duration(SIGNIN_FAILURE_MEMORY, Duration.ofMinutes(15));
    }

    /**
     * The addresses of reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are
     * believed: single addresses or CIDR ranges, comma-separated. None by default, so a client can't choose the
     * address it is throttled and recorded under.
     */
    public TrustedProxies trustedProxies() {
        return value(TRUSTED_PROXIES).map(v -> parse(TRUSTED_PROXIES, v, TrustedProxies::parse))
                .orElse(TrustedProxies.NONE);
    }

    /**
     * Whether the session cookie is marked {@code Secure}: {@code auto} (the default) lets the container mark it
     * on HTTPS requests and marks it always once a trusted proxy is configured (proxies terminate TLS);
     * {@code true} and {@code false} force it.
     */
    public SecureCookie secureCookie() {
        return value(SECURE_COOKIE).map(v -> parse(SECURE_COOKIE, v, SecureCookie::parse)).orElse(SecureCookie.AUTO);
    }

    /**
     * The shortest password people may choose: 12 characters unless set. NIST SP 800-63B asks for at least 8, and
     * 15 where a password is the only factor; length is what makes a password hard to guess.
     */
    public int passwordMinLength() {
        int length = positiveInt(PASSWORD_MIN_LENGTH, 12);
        if (length < 8 || length > 64) {
            throw new IllegalStateException("Setting " + PASSWORD_MIN_LENGTH + " (" + environmentName(
                    PASSWORD_MIN_LENGTH) + ") has the value " + length + ", which is not valid: must be 8 to 64");
        }
        return length;
    }

    /** The company directory people may sign in through ({@code ldap://host:389}); unset means local accounts only. */
    public Optional<String> ldapUrl() {
        return value(LDAP_URL);
    }

    /** Who Rollcall binds as to look people up; unset binds anonymously. */
    public String ldapBindDn() {
        return value(LDAP_BIND_DN).orElse("");
    }

    public String ldapBindPassword() {
        return Optional.ofNullable(source.apply(LDAP_BIND_PASSWORD)).orElse("");
    }

    /** Where people are looked up, e.g. {@code ou=people,dc=example,dc=com}. */
    public String ldapUserBase() {
        return value(LDAP_USER_BASE).orElse("");
    }

    /** How a person is found under the user base; {@code %s} is the username typed. */
    public String ldapUserFilter() {
        return value(LDAP_USER_FILTER).orElse("(&(objectClass=person)(uid=%s))");
    }

    /** The attribute that holds the username: {@code uid}, or {@code sAMAccountName} on Active Directory. */
    public String ldapUsernameAttribute() {
        return value(LDAP_USERNAME_ATTRIBUTE).orElse("uid");
    }

    /** Where groups are looked up; their {@code member} attribute lists people's DNs. */
    public String ldapGroupBase() {
        return value(LDAP_GROUP_BASE).orElse("");
    }

    /** The directory group (its {@code cn}) whose members are site managers; everyone else is a user. */
    public Optional<String> ldapManagerGroup() {
        return value(LDAP_MANAGER_GROUP);
    }

    private boolean flag(String name) {
        return value(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(false);
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(source.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private Duration duration(String name, Duration fallback) {
        return value(name).map(v -> parse(name, v, RollcallSettings::parseDuration)).orElse(fallback);
    }

    private static Duration parseDuration(String text) {
        Duration duration = DurationText.parse(text);
        if (duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("must be at most " + LONGEST.toDays() + "d");
        }
        return duration;
    }

    private int positiveInt(String name, int fallback) {
        return value(name).map(v -> parse(name, v, RollcallSettings::parsePositive)).orElse(fallback);
    }

    private static int parsePositive(String text) {
        int value = Integer.parseInt(text);
        if (value < 1) {
            throw new IllegalArgumentException("must be at least 1");
        }
        return value;
    }

    private static <T> T parse(String name, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Setting " + name + " (" + environmentName(name) + ") has the value '"
                    + text + "', which is not valid: " + e.getMessage(), e);
        }
    }
}
