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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One Payara Micro process running the built artemis.rar + ROOT.war with the system tests' environment: its
 * command line, its log, its pid file, and the wait until the application itself is ready. {@link ShopfloorServer}
 * runs one, {@link TestCluster} one per member, so that both start the product the same way.
 * <p>Ready means {@code /api/health/ready} is 200 (Micro prints "ready" even when the deployment failed) and a
 * shopper WebSocket handshake succeeds (annotated endpoints are intermittently not registered on Micro, see
 * ARCHITECTURE.md).
 */
final class MicroProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration NOT_DEPLOYED_GRACE = Duration.ofSeconds(10);
    private static final Pattern MICRO_READY = Pattern.compile("Payara Micro .*ready in ");
    static final int LOG_LINES_ON_FAILURE = 150;
    private static final String DB_CLASS = "org.mariadb.jdbc.MariaDbDataSource";

    /**
     * What differs between the instances the tests start. {@code microOptions} replace {@code --nocluster}
     * (a cluster member's Hazelcast flags); {@code database} null means the embedded H2 default.
     */
    record Settings(int brokerPort, TestDatabase database, boolean sendsMail, List<String> jvmOptions,
                    List<String> microOptions, Map<String, String> environment) {

        static Settings standalone(int brokerPort, TestDatabase database, boolean sendsMail) {
            return new Settings(brokerPort, database, sendsMail, List.of(), List.of("--nocluster"), Map.of());
        }
    }

    private final String name;
    private final Path home;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Process process;
    private volatile int port;
    /** Where this start's lines begin in an appended log. */
    private volatile long logStart;

    MicroProcess(String name, Path home) {
        this.name = name;
        this.home = home;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    Path log() {
        return home.resolve("micro.log");
    }

    boolean isAlive() {
        Process p = process;
        return p != null && p.isAlive();
    }

    /** The process, or null before the first start. */
    Process process() {
        return process;
    }

    /**
     * Starts Micro on {@code httpPort} in {@code home/root} (emptied: Micro re-deploys what its root dir holds).
     * {@code appendLog}: keep the log of earlier starts (read the new lines from a {@link #logSize() mark}).
     */
    void start(int httpPort, Settings settings, boolean appendLog) throws IOException {
        Path war = ShopfloorServer.file("shopfloor.war", "target/shopfloor/ROOT.war", "../web-module/target/ROOT.war");
        Path micro = ShopfloorServer.file("shopfloor.micro", "target/shopfloor/payara-micro.jar", "../server-config/target/payara-micro.jar");
        Path preboot = ShopfloorServer.file("shopfloor.preboot", "../server-config/src/main/payara/pre-boot-commands.asadmin");
        Path postboot = ShopfloorServer.file("shopfloor.postboot", "../server-config/src/main/payara/post-boot-commands.asadmin");
        Path logging = ShopfloorServer.file("shopfloor.logging", "../server-config/src/main/payara/logging.properties");
        Path rar = ShopfloorServer.file("shopfloor.rar", "target/shopfloor/artemis.rar", "../jms-adapter/target/artemis.rar");
        ShopfloorServer.warnIfOlderThanTheBuild(war);
        Files.createDirectories(home);
        Path root = home.resolve("root");
        ShopfloorServer.deleteTree(root);

        port = httpPort;
        logStart = appendLog ? logSize() : 0;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(ShopfloorServer.config("shopfloor.it.jvm.args", "-Xmx512m").trim().split("\\s+")));
        command.addAll(settings.jvmOptions());
        command.addAll(List.of("-jar", micro.toString()));
        command.addAll(settings.microOptions());
        command.addAll(List.of(
                "--port", Integer.toString(httpPort),
                "--rootdir", root.toString(),
                "--logproperties", logging.toString(),
                "--prebootcommandfile", preboot.toString(),
                "--postbootcommandfile", postboot.toString(),
                "--deploy", rar.toString(),
                "--deploy", war.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log().toFile()) : ProcessBuilder.Redirect.to(log().toFile()));
        environment(builder.environment(), settings);
        process = builder.start();
        process.getOutputStream().close();
        Files.writeString(pidFile(), Long.toString(process.pid()));
    }

    private static void environment(Map<String, String> env, Settings settings) {
        env.keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("SHOPFLOOR_"));
        env.put("SHOPFLOOR_BIND", "127.0.0.1");
        env.put("SHOPFLOOR_DEMO_DATA", "true");
        // The server's clock may be moved (PUT /api/test/clock, admins): RetentionIT makes last year's chats so.
        env.put("SHOPFLOOR_TEST_CLOCK", "true");
        // Tests appear as distinct clients with X-Forwarded-For, so a throttled test never throttles the others.
        env.put("SHOPFLOOR_TRUSTED_PROXIES", "127.0.0.1");
        // The first login wait long enough that a test sees it in force on a busy machine (default 1 s).
        env.put("SHOPFLOOR_LOGIN_FIRST_WAIT_SECONDS", "5");
        env.put("SHOPFLOOR_WEB_SESSIONS_FLUSH_MILLIS", Long.toString(ShopfloorServer.WEB_SESSIONS_FLUSH.toMillis()));
        env.put("SHOPFLOOR_INVITE_HOLDBACKS_FLUSH_MILLIS", Long.toString(ShopfloorServer.INVITE_HOLDBACKS_FLUSH.toMillis()));
        // The tests' webhook receivers listen on 127.0.0.1; three attempts a second apart.
        env.put("SHOPFLOOR_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", "true");
        env.put("SHOPFLOOR_NOTIFICATIONS_ALLOW_LOCAL_HTTP", "true");
        env.put("SHOPFLOOR_WEBHOOKS_RETRY_DELAYS", "PT1S,PT1S");
        env.put("SHOPFLOOR_BROKER_HOST", "127.0.0.1");
        env.put("SHOPFLOOR_BROKER_PORT", Integer.toString(settings.brokerPort()));
        if (settings.sendsMail()) {
            env.put("SHOPFLOOR_SMTP_HOST", "127.0.0.1");
            env.put("SHOPFLOOR_SMTP_PORT", Integer.toString(TestMailServer.shared().port()));
            env.put("SHOPFLOOR_MAIL_FROM", "shop@shopfloor.test");
            // Three attempts a second apart, so the outage tests finish quickly.
            env.put("SHOPFLOOR_MAIL_RETRY_DELAYS", "PT1S,PT1S");
        }
        TestDatabase database = settings.database();
        if (database != null) {
            env.put("DB_CLASS", DB_CLASS);
            env.put("DB_URL", database.url);
            env.put("DB_USER", database.user);
            env.put("DB_PASSWORD", database.password);
        }
        env.putAll(settings.environment());
    }

    /**
     * Waits until the application is ready and speaks WebSocket; throws {@link PortTaken} when the HTTP port
     * was taken meanwhile (the caller may try another).
     */
    void awaitReady() throws Exception {
        Instant started = Instant.now();
        awaitHealth(started.plus(READY_TIMEOUT));
        awaitShopperHandshake();
        System.out.printf("[MicroProcess] %s ready at %s after %d s (log: %s)%n",
                name, baseUri(), Duration.between(started, Instant.now()).toSeconds(), log());
    }

    /**
     * Polls readiness, using the wait for the process to end as the pause between polls. Fails early when
     * the process ends, or when Micro has finished booting and the application still is not there (404).
     */
    private void awaitHealth(Instant deadline) throws Exception {
        Instant notDeployedSince = null;
        String last = "no answer yet";
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUri() + "/api/health/ready"))
                .timeout(Duration.ofSeconds(10)).GET().build();
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
            return MICRO_READY.matcher(logSince(logStart)).find();
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
        try (JsonSocket socket = JsonSocket.connect(URI.create("ws://127.0.0.1:" + port + "/ws/shopper?shop=demo"),
                baseUri().toString(), null)) {
            socket.close();
        } catch (JsonSocket.HandshakeFailed e) {
            throw fail("the application reports ready, but the shopper WebSocket handshake failed with HTTP "
                    + e.status() + " (an unregistered @ServerEndpoint answers 404)", e);
        } catch (RuntimeException e) {
            throw fail("the application reports ready, but the shopper WebSocket handshake failed", e);
        }
    }

    IllegalStateException fail(String message, Throwable cause) {
        return new IllegalStateException("Payara Micro (" + name + ", port " + port + "): " + message
                + "\n--- last " + LOG_LINES_ON_FAILURE + " lines of " + log() + " ---\n"
                + logTail(LOG_LINES_ON_FAILURE), cause);
    }

    /** Stops the process (destroy, then destroyForcibly after a grace period) and removes its pid file. */
    void stop() {
        stop(process, STOP_TIMEOUT);
        removePidFile();
    }

    /** Asks {@code p} (may be null) to end, and ends it forcibly when it has not within {@code grace}. */
    static void stop(Process p, Duration grace) {
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Like {@code kill -9}: no shutdown hook, no goodbye to the data grid. */
    void kill() throws InterruptedException {
        Process p = process;
        if (p != null) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        removePidFile();
    }

    private void removePidFile() {
        pidFile().toFile().delete();
    }

    /** The last lines of the log, for assertion messages. */
    String logTail(int lines) {
        try {
            List<String> all = readLog().lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log() + ": " + e + ")";
        }
    }

    /** Lenient about encoding: a log line must never hide the rest of the log. */
    String readLog() throws IOException {
        return new String(Files.readAllBytes(log()), StandardCharsets.UTF_8);
    }

    /** The log's length now, a mark for {@link #logSince(long)}. */
    long logSize() {
        try {
            return Files.exists(log()) ? Files.size(log()) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** What was logged after the mark; the whole log when it was replaced or truncated since. */
    String logSince(long mark) throws IOException {
        byte[] all = Files.readAllBytes(log());
        int from = mark <= all.length ? (int) mark : 0;
        return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    }

    private Path pidFile() {
        return home.resolve("micro.pid");
    }

    /** A server left running by an earlier test JVM that was killed before its shutdown hook ran. */
    void stopLeftoverOfEarlierRun() throws IOException {
        stopLeftover(pidFile(), home.resolve("root").toString(), "payara-micro");
    }

    /** Stops the process in {@code pidFile} if its command line holds both marks (else the pid was reused). */
    static void stopLeftover(Path pidFile, String mark, String program) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(p -> p.info().commandLine().map(c -> c.contains(mark) && c.contains(program)).orElse(false))
                    .ifPresent(p -> {
                        System.out.println("[MicroProcess] stopping leftover " + program + ", pid " + p.pid());
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

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The HTTP port was taken between choosing it and Micro binding it. */
    static final class PortTaken extends RuntimeException {
        PortTaken() {
            super(null, null, false, false);
        }
    }
}
