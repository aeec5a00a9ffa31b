package nl.shopfloor.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The built ROOT.war on a Payara Micro process of our own, as run.sh starts it: loopback only
 * ({@code SHOPFLOOR_BIND=127.0.0.1}, {@code --nocluster}, the data grid off in the pre-boot commands), a free port,
 * the embedded H2 file database under the work dir, demo data, and the project's message broker as a process of its
 * own ({@link BrokerProcess}, stopped with the server) reached through artemis.rar, which is deployed before the WAR.
 * Started means the application says so ({@code /api/health/ready} is 200, which includes the database and the
 * broker) and a shopper WebSocket handshake succeeds — Micro's own "ready" line is no proof.
 * <p>Or one member of a cluster ({@link #member}): the data grid on ({@code SHOPFLOOR_DATA_GRID=true}), its members
 * found over TCP on 127.0.0.1 only, and a broker that all members share and that the caller stops.
 */
final class MicroServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern GRID_MEMBERS = Pattern.compile("\"gridMembers\"\\s*:\\s*(\\d+)");
    private static final Pattern MICRO_READY_IN = Pattern.compile("Payara Micro .* ready in ([\\d,.]+) \\(ms\\)");

    private final String name;
    private final Path log;
    private final int port;
    private final Process process;
    private final BrokerProcess broker;
    private final boolean ownsBroker;
    private final Thread stopOnExit;
    private Duration readyAfter;

    /**
     * One member's place in a cluster: the cluster's name, the Hazelcast port this member listens on and those of all
     * members (itself included), all on 127.0.0.1 — never multicast. Micro dies on a port range in the member list.
     */
    record GridMember(String cluster, int port, List<Integer> members) {

        List<String> microOptions(String name) {
            String tcpip = members.stream().map(member -> "127.0.0.1:" + member).collect(Collectors.joining(","));
            return List.of("--clustername", cluster, "--clustermode", "tcpip:" + tcpip, "--startport", Integer.toString(port),
                    "--nohostaware", "--interfaces", "127.0.0.1", "--name", name);
        }
    }

    private MicroServer(String name, Path log, int port, Process process, BrokerProcess broker, boolean ownsBroker) {
        this.name = name;
        this.log = log;
        this.port = port;
        this.process = process;
        this.broker = broker;
        this.ownsBroker = ownsBroker;
        this.stopOnExit = new Thread(this::stop, "stop-payara-micro-" + name);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** The JDBC URL of the embedded database the server uses; we open it only while no server runs. */
    static String h2Url(ServerFiles files) {
        return "jdbc:h2:file:" + files.workdir().resolve("data").resolve("shopfloor") + ";MODE=MariaDB;DB_CLOSE_ON_EXIT=FALSE";
    }

    static MicroServer start(ServerFiles files, String name) throws Exception {
        return start(files, name, Map.of());
    }

    /** {@code extraEnv}: more of the application's settings, e.g. SHOPFLOOR_SMTP_HOST. */
    static MicroServer start(ServerFiles files, String name, Map<String, String> extraEnv) throws Exception {
        Path home = files.workdir();
        Files.createDirectories(home);
        // run.sh starts both at once; here the broker listens first, so that neither start time includes the other's.
        BrokerProcess broker = files.usesBroker() ? BrokerProcess.start(files, name) : null;
        try {
            return start(files, name, extraEnv, broker, true, null);
        } catch (Exception | Error e) {
            if (broker != null) {
                broker.close();
            }
            throw e;
        }
    }

    /**
     * A member of the cluster {@code grid}, using the running {@code broker} (which stopping this server leaves
     * running). Ready as {@link #start}; that it joined the others is for the caller to check ({@link #gridMembers}).
     */
    static MicroServer member(ServerFiles files, String name, Map<String, String> extraEnv, BrokerProcess broker, GridMember grid)
            throws Exception {
        return start(files, name, extraEnv, broker, false, grid);
    }

    private static MicroServer start(ServerFiles files, String name, Map<String, String> extraEnv, BrokerProcess broker,
                                     boolean ownsBroker, GridMember grid) throws Exception {
        Path home = files.workdir();
        Path root = home.resolve("micro-" + name);
        // Micro re-deploys whatever its root dir holds from an earlier run next to --deploy (see run.sh): start clean.
        deleteTree(root);
        Path log = home.resolve("micro-" + name + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ServerFiles.jvmArgs(files.serverJvmArgs()));
        if (grid != null) {
            // Else Hazelcast binds its member port to every interface, whatever --interfaces says.
            command.add("-Dhazelcast.socket.bind.any=false");
        }
        Path config = files.payaraConfig();
        command.addAll(List.of("-jar", files.micro().toString()));
        command.addAll(grid == null ? List.of("--nocluster") : grid.microOptions(name));
        command.addAll(List.of(
                "--port", Integer.toString(port),
                "--rootdir", root.toString(),
                "--logproperties", config.resolve("logging.properties").toString(),
                "--prebootcommandfile", config.resolve("pre-boot-commands.asadmin").toString(),
                "--postbootcommandfile", config.resolve("post-boot-commands.asadmin").toString()));
        if (broker != null) {
            // Before the WAR: the application's connection factory and MDB name this resource adapter.
            command.addAll(List.of("--deploy", files.rar().toString()));
        }
        command.addAll(List.of("--deploy", files.war().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("SHOPFLOOR_"));
        env.put("SHOPFLOOR_BIND", "127.0.0.1");
        env.put("SHOPFLOOR_DEMO_DATA", "true");
        env.put("DB_URL", h2Url(files));
        if (grid != null) {
            env.put("SHOPFLOOR_DATA_GRID", "true");
        }
        if (broker != null) {
            env.put("SHOPFLOOR_BROKER_HOST", "127.0.0.1");
            env.put("SHOPFLOOR_BROKER_PORT", Integer.toString(broker.port()));
        }
        env.putAll(extraEnv);
        long began = System.nanoTime();
        MicroServer server = new MicroServer(name, log, port, builder.start(), broker, ownsBroker);
        server.process.getOutputStream().close();
        try {
            server.awaitReady();
        } catch (Exception e) {
            server.close();
            throw e;
        }
        server.readyAfter = Duration.ofNanos(System.nanoTime() - began);
        System.out.printf("[load] Payara Micro (%s) ready at %s after %d s, pid %d, log %s%n", name, server.baseUri(),
                server.readyAfter.toSeconds(), server.process.pid(), log);
        return server;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    URI wsUri(String path) {
        return URI.create("ws://127.0.0.1:" + port + path);
    }

    /** The server's own origin: the demo shop accepts the widget from it. */
    String origin() {
        return baseUri().toString();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the server process has used so far. */
    Duration cpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Resident memory of the server process in MiB (Linux), or -1. */
    long rssMiB() {
        return Machine.rssMiB(process.pid());
    }

    /** The broker this server uses; absent for a WAR from before JMS. */
    Optional<BrokerProcess> broker() {
        return Optional.ofNullable(broker);
    }

    /** From starting the JVM until /api/health/ready answered 200 and a shopper socket opened. */
    Duration readyAfter() {
        return readyAfter;
    }

    /** Micro's own "Payara Micro ... ready in N (ms)" line: the runtime and the deployments, not the application's readiness. */
    Optional<Duration> microReadyIn() {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.map(MICRO_READY_IN::matcher).filter(Matcher::find).findFirst()
                    .map(found -> Duration.ofMillis(Long.parseLong(found.group(1).replaceAll("\\D", ""))));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    long logLinesContaining(String text) {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    /** The grid's member count the instance reports ({@code gridMembers} of /api/health/ready), or 0 when it does not answer. */
    int gridMembers() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            String body = http.send(HttpRequest.newBuilder(baseUri().resolve("/api/health/ready")).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher members = GRID_MEMBERS.matcher(body);
            return members.find() ? Integer.parseInt(members.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** How many WARNING and SEVERE lines the server log has. */
    String logProblems() {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            Map<String, Long> levels = lines.map(line -> line.contains("SEVERE") ? "SEVERE" : line.contains("WARNING") ? "WARNING" : null)
                    .filter(level -> level != null)
                    .collect(Collectors.groupingBy(level -> level, TreeMap::new, Collectors.counting()));
            return levels.isEmpty() ? "no WARNING or SEVERE lines" : levels + " lines (see " + log + ")";
        } catch (IOException | UncheckedIOException e) {
            return "unreadable: " + e;
        }
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/api/health/ready")).timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer";
        while (true) {
            if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Payara Micro (" + name + ") exited with code " + process.exitValue()
                        + " before the application was ready; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    break;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Payara Micro (" + name + "): /api/health/ready not 200 within "
                        + READY_TIMEOUT.toSeconds() + " s (last: " + last + "); see " + log);
            }
        }
        // Annotated endpoints are intermittently not registered on Micro (ARCHITECTURE.md): prove the socket works.
        WebSocket socket = http.newWebSocketBuilder().header("Origin", origin()).connectTimeout(Duration.ofSeconds(15))
                .buildAsync(wsUri("/ws/shopper?shop=demo"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        webSocket.request(1);
                        return null;
                    }
                }).get(20, TimeUnit.SECONDS);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        socket.abort();
    }

    /** Stops the server (SIGTERM, then SIGKILL after a minute) and waits for it to end, then its broker if it is its own. */
    void stop() {
        stopMicro();
        if (broker != null && ownsBroker) {
            broker.close();
        }
    }

    private void stopMicro() {
        Machine.stop(process, "Payara Micro (" + name + ")", STOP_TIMEOUT);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
