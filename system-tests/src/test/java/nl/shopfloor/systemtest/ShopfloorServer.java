package nl.shopfloor.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    /** How often the server writes the widgets' web-session counts (10 s in production). */
    static final Duration WEB_SESSIONS_FLUSH = Duration.ofMillis(200);
    static final Duration INVITE_HOLDBACKS_FLUSH = Duration.ofMillis(500);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration NOT_DEPLOYED_GRACE = Duration.ofSeconds(10);
    private static final Pattern MICRO_READY = Pattern.compile("Payara Micro .*ready in ");
    private static final int LOG_LINES_ON_FAILURE = 150;
    private static final String DB_CLASS = "org.mariadb.jdbc.MariaDbDataSource";

    private static ShopfloorServer shared;
    private static ShopfloorServer embedded;

    private final String name;
    private final Path home;
    private final TestDatabase database;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Process process;
    private volatile int port;
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
        return URI.create("http://127.0.0.1:" + port);
    }

    /** {@code path} (starting with "/", may carry a query) against {@link #baseUri()}. */
    public URI uri(String path) {
        return URI.create(baseUri() + path);
    }

    /** {@code ws://127.0.0.1:<port><path>}. */
    public URI wsUri(String path) {
        return URI.create("ws://127.0.0.1:" + port + path);
    }

    /** The server's own origin, matching the Host header of requests to {@link #baseUri()}. */
    public String origin() {
        return baseUri().toString();
    }

    public int port() {
        return port;
    }

    /** A new connection to the test database (close it); only for the MariaDB instance. */
    public Connection jdbc() throws SQLException {
        if (database == null) {
            throw new UnsupportedOperationException("the " + name + " instance runs on embedded H2, which the server holds locked");
        }
        return database.connect();
    }

    public Path log() {
        return home.resolve("micro.log");
    }

    /** The last lines of the server log, for assertion messages. */
    public String logTail(int lines) {
        try {
            List<String> all = readLog().lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log() + ": " + e + ")";
        }
    }

    /** Lenient about encoding: a log line must never hide the rest of the log. */
    private String readLog() throws IOException {
        return new String(Files.readAllBytes(log()), StandardCharsets.UTF_8);
    }

    /**
     * Stops this instance now instead of at JVM exit (e.g. to free memory after a smoke test); a later
     * {@link #shared()}/{@link #embedded()} starts it again, from an empty database. Not synchronized: the shutdown hook must not wait
     * for a start in progress.
     */
    public void stop() {
        stopped = true;
        Process p = process;
        if (p == null || !p.isAlive()) {
            stopBroker();
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        pidFile().toFile().delete();
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
        Process p = process;
        if (p != null) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        broker.kill();
        try {
            whileDown.run();
        } finally {
            stopped = false;
            process = null;
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
        process = null;
        start(false);
        return this;
    }

    private synchronized ShopfloorServer ensureStarted() {
        if (startFailure != null) {
            throw startFailure;
        }
        Process running = process;
        if (running != null && running.isAlive()) {
            return this;
        }
        if (running != null && !stopped) {
            throw new IllegalStateException("Payara Micro (" + name + ") died during the tests, exit code "
                    + running.exitValue() + "; log " + log() + ":\n" + logTail(LOG_LINES_ON_FAILURE));
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
        Path war = file("shopfloor.war", "target/shopfloor/ROOT.war", "../web-module/target/ROOT.war");
        Path micro = file("shopfloor.micro", "target/shopfloor/payara-micro.jar", "../server-config/target/payara-micro.jar");
        Path preboot = file("shopfloor.preboot", "../server-config/src/main/payara/pre-boot-commands.asadmin");
        Path postboot = file("shopfloor.postboot", "../server-config/src/main/payara/post-boot-commands.asadmin");
        Path logging = file("shopfloor.logging", "../server-config/src/main/payara/logging.properties");
        Path rar = file("shopfloor.rar", "target/shopfloor/artemis.rar", "../jms-adapter/target/artemis.rar");

        warnIfOlderThanTheBuild(war);
        stopLeftoverOfEarlierRun();
        Files.createDirectories(home);
        Path root = home.resolve("root");
        deleteTree(root);
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

        for (int attempt = 1; ; attempt++) {
            port = freePort();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(config("shopfloor.it.jvm.args", "-Xmx512m").trim().split("\\s+")));
            command.addAll(List.of("-jar", micro.toString(),
                    "--nocluster",
                    "--port", Integer.toString(port),
                    "--rootdir", root.toString(),
                    "--logproperties", logging.toString(),
                    "--prebootcommandfile", preboot.toString(),
                    "--postbootcommandfile", postboot.toString(),
                    "--deploy", rar.toString(),
                    "--deploy", war.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log().toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("SHOPFLOOR_"));
            env.put("SHOPFLOOR_BIND", "127.0.0.1");
            env.put("SHOPFLOOR_DEMO_DATA", "true");
            // The server's clock may be moved (PUT /api/test/clock, admins): RetentionIT makes last year's chats so.
            env.put("SHOPFLOOR_TEST_CLOCK", "true");
            // Tests appear as distinct clients with X-Forwarded-For, so a throttled test never throttles the others.
            env.put("SHOPFLOOR_TRUSTED_PROXIES", "127.0.0.1");
            // The first login wait long enough that a test sees it in force on a busy machine (default 1 s).
            env.put("SHOPFLOOR_LOGIN_FIRST_WAIT_SECONDS", "5");
            env.put("SHOPFLOOR_WEB_SESSIONS_FLUSH_MILLIS", Long.toString(WEB_SESSIONS_FLUSH.toMillis()));
            env.put("SHOPFLOOR_INVITE_HOLDBACKS_FLUSH_MILLIS", Long.toString(INVITE_HOLDBACKS_FLUSH.toMillis()));
            // The tests' webhook receivers listen on 127.0.0.1; three attempts a second apart.
            env.put("SHOPFLOOR_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");
            env.put("SHOPFLOOR_WEBHOOKS_RETRY_DELAYS", "PT1S,PT1S");
            env.put("SHOPFLOOR_BROKER_HOST", "127.0.0.1");
            env.put("SHOPFLOOR_BROKER_PORT", Integer.toString(broker.port()));
            if (sendsMail) {
                env.put("SHOPFLOOR_SMTP_HOST", "127.0.0.1");
                env.put("SHOPFLOOR_SMTP_PORT", Integer.toString(TestMailServer.shared().port()));
                env.put("SHOPFLOOR_MAIL_FROM", "shop@shopfloor.test");
                // Three attempts a second apart, so the outage tests finish quickly.
                env.put("SHOPFLOOR_MAIL_RETRY_DELAYS", "PT1S,PT1S");
            }
            if (database != null) {
                env.put("DB_CLASS", DB_CLASS);
                env.put("DB_URL", database.url);
                env.put("DB_USER", database.user);
                env.put("DB_PASSWORD", database.password);
            }
            if (!shutdownHookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-payara-micro-" + name));
                shutdownHookAdded = true;
            }
            process = builder.start();
            stopped = false;
            process.getOutputStream().close();
            Files.writeString(pidFile(), Long.toString(process.pid()));

            Instant started = Instant.now();
            try {
                awaitReady(started);
                awaitShopperHandshake();
                System.out.printf("[ShopfloorServer] %s instance ready at %s after %d s (log: %s)%n",
                        name, baseUri(), Duration.between(started, Instant.now()).toSeconds(), log());
                return;
            } catch (PortTaken e) {
                stop();
                if (attempt == 3) {
                    throw fail("could not bind a free port in 3 attempts", null);
                }
                process = null;
            }
        }
    }

    /**
     * Polls readiness, using the wait for the process to end as the pause between polls. Fails early when
     * the process ends, or when Micro has finished booting and the application still is not there (404).
     */
    private void awaitReady(Instant started) throws Exception {
        Instant deadline = started.plus(READY_TIMEOUT);
        Instant notDeployedSince = null;
        String last = "no answer yet";
        HttpRequest ready = HttpRequest.newBuilder(uri("/api/health/ready")).timeout(Duration.ofSeconds(10)).GET().build();
        while (true) {
            if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                failIfPortTaken();
                throw fail("Payara Micro exited with code " + process.exitValue() + " before the application was ready", null);
            }
            int status = 0;
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                if (status == 200) {
                    return;
                }
                last = "HTTP " + status + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Instant now = Instant.now();
            if (status == 404 && microFinishedBooting()) {
                notDeployedSince = notDeployedSince == null ? now : notDeployedSince;
                if (now.isAfter(notDeployedSince.plus(NOT_DEPLOYED_GRACE))) {
                    failIfPortTaken();
                    throw fail("Payara Micro finished booting but GET /api/health/ready still answers 404:"
                            + " the application is not deployed (look for the deployment error in the log)", null);
                }
            } else {
                notDeployedSince = null;
            }
            if (now.isAfter(deadline)) {
                failIfPortTaken();
                throw fail("GET /api/health/ready was not 200 within " + READY_TIMEOUT.toSeconds() + " s; last: " + last, null);
            }
        }
    }

    /** Micro's own "ready" line: printed after the deployments were attempted, whether or not they worked. */
    private boolean microFinishedBooting() {
        try {
            return MICRO_READY.matcher(readLog()).find();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private void failIfPortTaken() {
        if (logTail(LOG_LINES_ON_FAILURE).contains("Address already in use")) {
            throw new PortTaken();
        }
    }

    private void awaitShopperHandshake() {
        try (JsonSocket socket = JsonSocket.connect(wsUri("/ws/shopper?shop=demo"), origin(), null)) {
            socket.close();
        } catch (JsonSocket.HandshakeFailed e) {
            throw fail("the application reports ready, but the shopper WebSocket handshake failed with HTTP "
                    + e.status() + " (an unregistered @ServerEndpoint answers 404)", e);
        } catch (RuntimeException e) {
            throw fail("the application reports ready, but the shopper WebSocket handshake failed", e);
        }
    }

    private IllegalStateException fail(String message, Throwable cause) {
        return new IllegalStateException("Payara Micro (" + name + ", port " + port + "): " + message
                + "\n--- last " + LOG_LINES_ON_FAILURE + " lines of " + log() + " ---\n"
                + logTail(LOG_LINES_ON_FAILURE), cause);
    }

    /** With -pl system-tests the WAR comes from the local repository, which may hold an older build. */
    private static void warnIfOlderThanTheBuild(Path war) throws IOException {
        Path built = Path.of("../web-module/target/ROOT.war").toAbsolutePath().normalize();
        if (!built.equals(war) && Files.isRegularFile(built)
                && Files.getLastModifiedTime(built).compareTo(Files.getLastModifiedTime(war)) > 0
                && Files.mismatch(built, war) != -1) {
            System.out.println("[ShopfloorServer] WARNING: testing " + war + ", which is older than " + built
                    + " — run with -am (./mvnw -B -pl system-tests -am verify) or install the modules first");
        }
    }

    private Path pidFile() {
        return home.resolve("micro.pid");
    }

    /** A server left running by an earlier test JVM that was killed before its shutdown hook ran. */
    private void stopLeftoverOfEarlierRun() throws IOException {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return;
        }
        String rootDir = home.resolve("root").toString();
        try {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(p -> p.info().commandLine().map(c -> c.contains(rootDir) && c.contains("payara-micro")).orElse(false))
                    .ifPresent(p -> {
                        System.out.println("[ShopfloorServer] stopping leftover Payara Micro, pid " + p.pid());
                        p.destroy();
                        p.onExit().orTimeout(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                                .exceptionally(timeout -> {
                                    p.destroyForcibly();
                                    return p;
                                }).join();
                    });
        } catch (NumberFormatException ignored) {
            // not ours
        }
        Files.deleteIfExists(pidFile);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path workdir() {
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

    private static final class PortTaken extends RuntimeException {
        PortTaken() {
            super(null, null, false, false);
        }
    }
}
