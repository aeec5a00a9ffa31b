package nl.shopfloor.systemtest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built ROOT.war on a real Payara Micro process, shared by every IT class of this test JVM.
 * <ul>
 * <li>{@link #shared()}: MariaDB ({@code shopfloor_it}, emptied before the start), demo data; started on
 * first use, stopped when the JVM exits.</li>
 * <li>{@link #embedded()}: the default a newcomer gets from run.sh (embedded H2 under the work dir, no
 * {@code DB_*}), for smoke tests; started only when a test asks for it.</li>
 * </ul>
 * A server counts as started only when the application says so ({@code /api/health/ready} is 200 — Micro
 * prints "ready" even when the deployment failed) and a shopper WebSocket handshake succeeds (annotated
 * endpoints are intermittently not registered on Micro, see ARCHITECTURE.md). A failed start fails every
 * test that asks for the server with the end of the server log, without booting again.
 *
 * <p>Configuration (system properties, set by system-tests/pom.xml; each falls back to an environment
 * variable in upper case with dots as underscores, e.g. {@code SHOPFLOOR_IT_DB_URL}):
 * {@code shopfloor.war}, {@code shopfloor.micro}, {@code shopfloor.preboot}, {@code shopfloor.postboot},
 * {@code shopfloor.logging}, {@code shopfloor.workdir}, {@code shopfloor.it.db.url} (or only {@code shopfloor.it.db.name}),
 * {@code shopfloor.it.db.user}, {@code shopfloor.it.db.password}, {@code shopfloor.it.jvm.args}.
 */
public final class ShopfloorServer {

    /** How often the server writes the widgets' web-session counts (10 s in production). */
    static final Duration WEB_SESSIONS_FLUSH = Duration.ofMillis(200);
    static final Duration INVITE_HOLDBACKS_FLUSH = Duration.ofMillis(500);

    private static ShopfloorServer shared;
    private static ShopfloorServer embedded;

    private final String name;
    private final Path home;
    private final TestDatabase database;
    private final MicroProcess micro;
    private RuntimeException startFailure;
    private boolean shutdownHookAdded;
    private volatile boolean stopped;
    private TestBroker broker;
    private final boolean sendsMail;

    private ShopfloorServer(String name, Path home, TestDatabase database, boolean sendsMail) {
        this.name = name;
        this.home = home;
        this.database = database;
        this.sendsMail = sendsMail;
        this.micro = new MicroProcess(name, home);
    }

    /** The instance on MariaDB with demo data, started on first call. */
    public static synchronized ShopfloorServer shared() {
        if (shared == null) {
            shared = new ShopfloorServer("shared", workdir(), TestDatabase.fromConfig(), true);
        }
        return shared.ensureStarted();
    }

    /** An instance on the embedded H2 default with demo data, started on first call. */
    public static synchronized ShopfloorServer embedded() {
        if (embedded == null) {
            embedded = new ShopfloorServer("embedded", workdir().resolve("embedded"), null, false);
        }
        return embedded.ensureStarted();
    }

    /** {@code http://127.0.0.1:<port>} — an IPv4 literal: the server listens on 127.0.0.1 only. */
    public URI baseUri() {
        return micro.baseUri();
    }

    /** {@code path} (starting with "/", may carry a query) against {@link #baseUri()}. */
    public URI uri(String path) {
        return URI.create(baseUri() + path);
    }

    /** {@code ws://127.0.0.1:<port><path>}. */
    public URI wsUri(String path) {
        return URI.create("ws://127.0.0.1:" + port() + path);
    }

    /** The server's own origin, matching the Host header of requests to {@link #baseUri()}. */
    public String origin() {
        return baseUri().toString();
    }

    public int port() {
        return micro.port();
    }

    /** A new connection to the test database (close it); only for the MariaDB instance. */
    public Connection jdbc() throws SQLException {
        if (database == null) {
            throw new UnsupportedOperationException("the " + name + " instance runs on embedded H2, which the server holds locked");
        }
        return database.connect();
    }

    public Path log() {
        return micro.log();
    }

    /** The last lines of the server log, for assertion messages. */
    public String logTail(int lines) {
        return micro.logTail(lines);
    }

    /**
     * Stops this instance now instead of at JVM exit (e.g. to free memory after a smoke test); a later
     * {@link #shared()}/{@link #embedded()} starts it again, from an empty database. Not synchronized: the shutdown hook must not wait
     * for a start in progress.
     */
    public void stop() {
        stopped = true;
        micro.stop();
        stopBroker();
    }

    private void stopBroker() {
        TestBroker running = broker;
        if (running != null) {
            running.stop();
        }
    }

    /**
     * Like {@code kill -9} of the server and of its broker: nothing shuts down cleanly. {@code whileDown}
     * runs with both gone; then both start again on the same database and journal. The port changes.
     */
    public synchronized ShopfloorServer crashAndRestart(ThrowingRunnable whileDown) throws Exception {
        stopped = true;
        micro.kill();
        broker.kill();
        try {
            whileDown.run();
        } finally {
            stopped = false;
            start(false);
        }
        return this;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }


    /**
     * Stops the process and starts a new one on the same database, as an operator's restart would; the
     * port changes. For tests that data survives a restart.
     */
    public synchronized ShopfloorServer restartKeepingData() throws Exception {
        stop();
        stopped = false;
        start(false);
        return this;
    }

    private synchronized ShopfloorServer ensureStarted() {
        if (startFailure != null) {
            throw startFailure;
        }
        Process running = micro.process();
        if (running != null && running.isAlive()) {
            return this;
        }
        if (running != null && !stopped) {
            throw new IllegalStateException("Payara Micro (" + name + ") died during the tests, exit code "
                    + running.exitValue() + "; log " + log() + ":\n" + logTail(MicroProcess.LOG_LINES_ON_FAILURE));
        }
        try {
            start(true);
            return this;
        } catch (RuntimeException e) {
            startFailure = e;
            stop();
            throw e;
        } catch (Exception e) {
            startFailure = new IllegalStateException("could not start Payara Micro (" + name + ")", e);
            stop();
            throw startFailure;
        }
    }

    private void start(boolean fromEmptyDatabase) throws Exception {
        micro.stopLeftoverOfEarlierRun();
        Files.createDirectories(home);
        // The embedded default keeps its H2 files in ./data under the working directory (the app's default URL).
        Path h2Data = home.resolve("data");
        if (!fromEmptyDatabase) {
            Files.createDirectories(h2Data);
        } else if (database != null) {
            database.reset();
        } else {
            deleteTree(h2Data);
            Files.createDirectories(h2Data);
        }

        if (broker == null) {
            broker = new TestBroker(home.resolve("broker"));
        }
        if (fromEmptyDatabase) {
            broker.forgetMessages();
        }
        broker.start();

        if (!shutdownHookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-payara-micro-" + name));
            shutdownHookAdded = true;
        }
        MicroProcess.Settings settings = MicroProcess.Settings.standalone(broker.port(), database, sendsMail);
        for (int attempt = 1; ; attempt++) {
            micro.start(MicroProcess.freePort(), settings, false);
            stopped = false;
            try {
                micro.awaitReady();
                return;
            } catch (MicroProcess.PortTaken e) {
                micro.stop();
                if (attempt == 3) {
                    throw micro.fail("could not bind a free port in 3 attempts", null);
                }
            }
        }
    }

    /** With -pl system-tests the WAR comes from the local repository, which may hold an older build. */
    static void warnIfOlderThanTheBuild(Path war) throws IOException {
        Path built = Path.of("../web-module/target/ROOT.war").toAbsolutePath().normalize();
        if (!built.equals(war) && Files.isRegularFile(built)
                && Files.getLastModifiedTime(built).compareTo(Files.getLastModifiedTime(war)) > 0
                && Files.mismatch(built, war) != -1) {
            System.out.println("[ShopfloorServer] WARNING: testing " + war + ", which is older than " + built
                    + " — run with -am (./mvnw -B -pl system-tests -am verify) or install the modules first");
        }
    }

    static Path workdir() {
        return Path.of(config("shopfloor.workdir", "target/micro")).toAbsolutePath().normalize();
    }

    /** The configured file, else the first of the fallbacks that exists (running from an IDE). */
    static Path file(String property, String... fallbacks) {
        String configured = config(property, null);
        List<String> candidates = configured != null ? List.of(configured) : List.of(fallbacks);
        for (String candidate : candidates) {
            Path path = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isRegularFile(path)) {
                return path;
            }
        }
        throw new IllegalStateException("missing " + property + ": none of " + candidates
                + " exists (build first: ./mvnw -B -DskipTests install, then run the ITs with ./mvnw -B -pl system-tests verify)");
    }

    static String config(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
