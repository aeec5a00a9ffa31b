package nl.shopfloor.systemtest;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Two Payara Micro instances (A, B) of the built WAR in one Hazelcast data grid, behind a real HAProxy (the
 * project's template, server-config/src/main/haproxy), for the cluster system tests. One shared broker, a MariaDB
 * database of its own ({@code shopfloor.cluster.it.db.name}, default {@code shopfloor_cluster_it}, emptied at start),
 * the test environment of {@link MicroProcess}; all on 127.0.0.1 with free ports, discovery by member list only.
 * <p>A starts and is ready before B starts: the two do not fight over two cores, A is the grid's oldest member,
 * and the demo data and schema are written by one instance (neither guards against a concurrent first start).
 * {@link #start()} returns when both instances report a grid of two (their readiness's {@code gridMembers}) and the
 * balancer answers ready. Everything stops on {@link #close()} or at JVM exit; pid files let the next run stop what a killed test JVM left behind.
 * <p>Configuration (system property, else the environment variable in upper case with underscores):
 * {@code shopfloor.cluster.workdir}, {@code shopfloor.haproxy} (the binary), {@code shopfloor.haproxy.config}
 * (the template), {@code shopfloor.cluster.it.db.url} or {@code .name}, {@code shopfloor.cluster.jvm.args}.
 */
public final class TestCluster implements AutoCloseable {

    public enum Instance { A, B }

    private static final Duration GRID_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration BALANCER_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final TestDatabase database;
    private final Map<Instance, MicroProcess> members = new EnumMap<>(Instance.class);
    private final Map<Instance, Integer> httpPorts = new EnumMap<>(Instance.class);
    private final Map<Instance, Integer> gridPorts = new EnumMap<>(Instance.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final TestBroker broker;
    private final int balancerPort;
    private volatile Process balancer;

    private TestCluster(Path home) throws IOException {
        this.home = home;
        this.database = database();
        this.broker = new TestBroker(home.resolve("broker"));
        this.balancerPort = MicroProcess.freePort();
        for (Instance instance : Instance.values()) {
            members.put(instance, new MicroProcess("cluster-" + instance, home.resolve(instance.name())));
            httpPorts.put(instance, MicroProcess.freePort());
            gridPorts.put(instance, MicroProcess.freePort());
        }
    }

    /** The cluster's database, from the configuration. */
    static TestDatabase database() {
        return TestDatabase.fromConfig("shopfloor.cluster.it.db", "shopfloor_cluster_it");
    }

    /** A new cluster from an empty database; close it when done (else it stops at JVM exit). */
    public static TestCluster start() {
        Path home = Path.of(ShopfloorServer.config("shopfloor.cluster.workdir", "target/cluster")).toAbsolutePath().normalize();
        TestCluster cluster;
        try {
            cluster = new TestCluster(home);
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare the test cluster in " + home, e);
        }
        Thread hook = new Thread(cluster::close, "stop-test-cluster");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            cluster.boot();
            return cluster;
        } catch (Exception e) {
            cluster.close();
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException("could not start the test cluster", e);
        }
    }

    private void boot() throws Exception {
        Files.createDirectories(home);
        for (MicroProcess member : members.values()) {
            member.stopLeftoverOfEarlierRun();
        }
        MicroProcess.stopLeftover(balancerPidFile(), home.toString(), "haproxy");
        database.reset("SHOPFLOOR_CLUSTER_IT_DB_URL or _NAME, SHOPFLOOR_IT_DB_USER/_PASSWORD");
        broker.forgetMessages();
        broker.start();
        for (Instance instance : Instance.values()) {
            startMember(instance, false);
        }
        for (Instance instance : Instance.values()) {
            awaitGridSize(instance, 2);
        }
        startBalancer();
    }

    private void startMember(Instance instance, boolean appendLog) throws Exception {
        MicroProcess member = members.get(instance);
        try {
            member.start(httpPorts.get(instance), settings(instance), appendLog);
            member.awaitReady();
        } catch (MicroProcess.PortTaken e) {
            // The ports are the cluster's for its lifetime (the member list, the balancer): no second choice.
            throw member.fail("port " + httpPorts.get(instance) + " was taken by another process", null);
        }
    }

    private MicroProcess.Settings settings(Instance instance) {
        String memberList = gridPorts.values().stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        List<String> jvm = new java.util.ArrayList<>(Arrays.asList(
                ShopfloorServer.config("shopfloor.cluster.jvm.args", "-Xmx448m").trim().split("\\s+")));
        // Else Hazelcast listens on every interface, whatever --interfaces says.
        jvm.add("-Dhazelcast.socket.bind.any=false");
        List<String> micro = List.of(
                "--clustername", "shopfloor-it-" + balancerPort,
                // Every member's port, also when one restarts: with only its own it would found a grid of its own.
                "--clustermode", "tcpip:" + memberList,
                "--startport", Integer.toString(gridPorts.get(instance)),
                "--nohostaware",
                "--interfaces", "127.0.0.1",
                "--name", instance.name());
        // No SHOPFLOOR_PUBLIC_URL: HAProxy passes the Host header on, so the balancer's origin is the one each
        // instance sees addressed (OwnOrigins), for the shop's "self" and the dashboard alike.
        return new MicroProcess.Settings(broker.port(), database, false, jvm, micro, Map.of("SHOPFLOOR_DATA_GRID", "true"));
    }

    private void startBalancer() throws Exception {
        Path template = ShopfloorServer.file("shopfloor.haproxy.config", "../server-config/src/main/haproxy/haproxy.cfg.template");
        String servers = Arrays.stream(Instance.values())
                .map(i -> "    server " + i.name().toLowerCase() + " 127.0.0.1:" + httpPorts.get(i) + " cookie " + i.name().toLowerCase())
                .collect(Collectors.joining("\n"));
        Path config = home.resolve("haproxy.cfg");
        Files.writeString(config, Files.readString(template)
                .replace("@PORT@", Integer.toString(balancerPort))
                .replace("@STATS_SOCKET@", statsSocket().toString())
                .replace("@SERVERS@", servers));
        Files.deleteIfExists(statsSocket());
        balancer = new ProcessBuilder(haproxy(), "-db", "-f", config.toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("haproxy.log").toFile())
                .start();
        balancer.getOutputStream().close();
        Files.writeString(balancerPidFile(), Long.toString(balancer.pid()));
        Instant deadline = Instant.now().plus(BALANCER_TIMEOUT);
        while (!(balancerReady() && Arrays.stream(Instance.values()).allMatch(i -> "UP".equals(balancerState(i))))) {
            if (balancer.waitFor(200, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("HAProxy exited with code " + balancer.exitValue() + ": " + balancerLog());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("HAProxy on port " + balancerPort + " did not see both instances UP within "
                        + BALANCER_TIMEOUT + ": A " + balancerState(Instance.A) + ", B " + balancerState(Instance.B) + "; " + balancerLog());
            }
        }
        System.out.printf("[TestCluster] balancer %s in front of A %s and B %s (config %s)%n",
                balancerUri(), baseUri(Instance.A), baseUri(Instance.B), config);
    }

    private static String haproxy() {
        String configured = ShopfloorServer.config("shopfloor.haproxy", null);
        if (configured != null) {
            return configured;
        }
        return List.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy").stream().filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst().orElse("haproxy");
    }

    private boolean balancerReady() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(balancerUri("/api/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What HAProxy's health checks make of the instance: "UP", "DOWN", "UP 1/2", ..., or "unknown". */
    public String balancerState(Instance instance) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(statsSocket()));
            channel.write(ByteBuffer.wrap("show stat\n".getBytes(StandardCharsets.US_ASCII)));
            StringBuilder csv = new StringBuilder();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                csv.append(StandardCharsets.US_ASCII.decode(buffer.flip()));
                buffer.clear();
            }
            List<String> lines = csv.toString().lines().toList();
            List<String> header = Arrays.asList(lines.get(0).replaceFirst("^# ", "").split(","));
            int server = header.indexOf("svname");
            int status = header.indexOf("status");
            return lines.stream().skip(1).map(line -> line.split(",", -1))
                    .filter(fields -> fields.length > status && fields[server].equals(instance.name().toLowerCase()))
                    .map(fields -> fields[status]).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e + ")";
        }
    }

    private String balancerLog() {
        try {
            return Files.readString(home.resolve("haproxy.log"));
        } catch (IOException e) {
            return "(no HAProxy log: " + e + ")";
        }
    }

    /** Waits until the instance itself ({@code gridMembers} of its readiness) reports a data grid of {@code size} members. */
    public void awaitGridSize(Instance instance, int size) throws Exception {
        MicroProcess member = members.get(instance);
        Instant deadline = Instant.now().plus(GRID_TIMEOUT);
        while (gridSize(instance) != size) {
            if (!member.isAlive()) {
                throw member.fail("died while waiting for a data grid of " + size, null);
            }
            if (Instant.now().isAfter(deadline)) {
                throw member.fail("does not report a data grid of " + size + " within " + GRID_TIMEOUT.toSeconds()
                        + " s (last report: " + gridSize(instance) + ")", null);
            }
            Thread.sleep(200);
        }
    }

    /** The grid size the instance reports now ({@code gridMembers} of /api/health/ready); 0 when it does not answer. */
    public int gridSize(Instance instance) throws InterruptedException {
        try {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(baseUri(instance) + "/api/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return Json.createReader(new StringReader(ready.body())).readObject().getInt("gridMembers", 0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Like {@code kill -9}: the instance vanishes without leaving the grid or closing its sockets. */
    public void killHard(Instance instance) throws InterruptedException {
        members.get(instance).kill();
    }

    /**
     * Starts the instance again on the same ports and waits until it is ready and both instances report a
     * grid of two again and the balancer sees it UP.
     */
    public void restart(Instance instance) throws Exception {
        MicroProcess member = members.get(instance);
        if (member.isAlive()) {
            member.stop();
        }
        Instance other = instance == Instance.A ? Instance.B : Instance.A;
        startMember(instance, true);
        awaitGridSize(instance, 2);
        awaitGridSize(other, 2);
        Instant deadline = Instant.now().plus(BALANCER_TIMEOUT);
        while (!"UP".equals(balancerState(instance))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("HAProxy does not see " + instance + " UP again within " + BALANCER_TIMEOUT
                        + ": " + balancerState(instance));
            }
            Thread.sleep(200);
        }
    }

    public boolean isAlive(Instance instance) {
        return members.get(instance).isAlive();
    }

    /** {@code http://127.0.0.1:<port>} of the instance itself, past the balancer. */
    public URI baseUri(Instance instance) {
        return URI.create("http://127.0.0.1:" + httpPorts.get(instance));
    }

    public URI balancerUri() {
        return URI.create("http://127.0.0.1:" + balancerPort);
    }

    /** {@code path} (starting with "/", may carry a query) against the balancer. */
    public URI balancerUri(String path) {
        return URI.create(balancerUri() + path);
    }

    public URI balancerWsUri(String path) {
        return URI.create("ws://127.0.0.1:" + balancerPort + path);
    }

    /** The origin of pages served through the balancer: what a browser sends as Origin. */
    public String balancerOrigin() {
        return balancerUri().toString();
    }

    public Path log(Instance instance) {
        return members.get(instance).log();
    }

    /** A new connection to the cluster's database (close it). */
    public Connection jdbc() throws SQLException {
        return database.connect();
    }

    private Path statsSocket() {
        return home.resolve("haproxy.sock");
    }

    private Path balancerPidFile() {
        return home.resolve("haproxy.pid");
    }

    /** Stops the balancer, both instances and the broker; safe to call again (the shutdown hook does). */
    @Override
    public void close() {
        MicroProcess.stop(balancer, Duration.ofSeconds(10));
        balancerPidFile().toFile().delete();
        members.values().forEach(MicroProcess::stop);
        broker.stop();
    }
}
