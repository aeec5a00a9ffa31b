package nl.shopfloor.loadtest;

import static nl.shopfloor.loadtest.JsonSocket.JSON;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * End-to-end chat latency at many concurrent conversations: the time from a shopper's message until it is on the
 * socket of the agent the conversation is assigned to. Gatling's WebSocket checks only look at the virtual user's own
 * connection, and here the message must be caught on another one (the agent's, shared by ~17 conversations), so this
 * is a plain Java driver on {@code java.net.http.WebSocket}, with HdrHistogram for the percentiles.
 *
 * <ol>
 * <li>Boot 1: Payara Micro with the built WAR (and its message broker, {@link MicroServer}) on a fresh embedded H2
 * database, or with {@code --mariadb} a MariaDB database dropped and created anew ({@link MariaDb}), with demo data
 * (schema and demo team are created), then stopped.</li>
 * <li>While no server runs: every chat-taking agent gets {@code max_chats} 20, and agents are added until the team
 * holds all conversations with 20% to spare ({@link LoadTeam}).</li>
 * <li>Boot 2, the measured server; with {@code --cluster} one broker and instances A then B (each ready before the
 * next starts) in one data grid on MariaDB, the shoppers on A and the agents on B, so that every message and answer
 * is relayed through the grid's topic. The agents log in with the form (password {@code demo}), open the dashboard
 * socket and go online.</li>
 * <li>All shoppers connect (each with an {@code X-Forwarded-For} address of its own, trusted from 127.0.0.1, so the
 * per-address start limit sees 200 shoppers, not one) and say hello, then open their conversations at a bounded rate; routing assigns each one
 * and the agent answers once (so the unanswered-chat follow-ups stay out of the way).</li>
 * <li>Each shopper sends a message every {@code interval} (random phase) for {@code warmup + duration}; the text
 * carries the planned send time ({@link System#nanoTime()} of this JVM). The agent's socket reads it back on arrival.
 * Every n-th message the agent answers, and the shopper side measures that way too. Messages planned in the warm-up
 * are reported apart.</li>
 * <li>Wait for the last messages (bounded), report, stop the server(s).</li>
 * </ol>
 * Per message relayed in the window it reports the servers' CPU (summed over both instances) and, in a cluster, the
 * bytes the members sent each other ({@link GridTraffic}).
 * <p>
 * Everything runs on 127.0.0.1; every wait and loop is bounded, and the whole run stops at {@code --time-limit}.
 * The planned (not the actual) send time is embedded, so the driver's own lag counts against the server, never for it.
 */
public final class ChatLatencyLoadTest implements LoadAgent.Driver {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String FILLER = " — is this one in stock in the Utrecht store, and can I pick it up today?";

    private final Settings settings;
    private final Results results;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> agentOfConversation = new ConcurrentHashMap<>();
    private final InFlight inFlight;
    private final List<LoadAgent> agents = new ArrayList<>();
    private final List<Shopper> shoppers = new ArrayList<>();
    private final PrintStream out = System.out;
    /** The measured server, or the cluster's members A and B: shoppers connect to the first, agents to the last. */
    private final List<MicroServer> servers = new ArrayList<>();
    private BrokerProcess sharedBroker;
    private GridTraffic grid;
    private String machineLoad = "";

    private ChatLatencyLoadTest(Settings settings) {
        this.settings = settings;
        this.results = new Results(settings.duration());
        this.inFlight = new InFlight(results, agentOfConversation);
    }

    public static void main(String[] args) {
        Settings settings = TimeLimit.optionsOrExit(() -> Settings.parse(args), Settings.usage());
        TimeLimit.exitAfter(settings.timeLimit(), () -> new ChatLatencyLoadTest(settings).run());
    }

    private int run() throws Exception {
        Instant began = Instant.now();
        Path workdir = settings.server().workdir();
        Files.createDirectories(workdir);
        MicroServer.deleteTree(workdir.resolve("data"));
        MariaDb mariaDb = settings.mariaDb();
        out.printf("[load] %d conversations, a message every %s s per shopper, warm-up %d s, measured %d s; %s; work dir %s%n",
                settings.conversations(), settings.interval().toMillis() / 1000.0, settings.warmup().toSeconds(),
                settings.duration().toSeconds(), settings.cluster() ? "cluster of 2 (shoppers on A, agents on B)" : "one instance",
                workdir);

        Map<String, String> database = Map.of();
        if (mariaDb != null) {
            mariaDb.fresh();
            database = mariaDb.serverEnv();
        }
        out.println("[load] boot 1: schema and demo data on a fresh " + databaseName());
        try (MicroServer first = MicroServer.start(settings.server(), "boot1", database)) {
            first.stop();
        }
        List<String> usernames = LoadTeam.prepare(mariaDb == null ? MicroServer.h2Url(settings.server()) : mariaDb.url(),
                settings.agentsNeeded(LoadTeam.DEMO_AGENTS.size()), settings.maxChats());
        out.printf("[load] team: %d agents with max_chats %d = room for %d chats: %s%n", usernames.size(), settings.maxChats(),
                usernames.size() * settings.maxChats(), usernames);

        // Each shopper has an address of its own, as on a real site: one address may start only 30 chats a minute.
        Map<String, String> measured = new HashMap<>(database);
        measured.put("SHOPFLOOR_TRUSTED_PROXIES", "127.0.0.1");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
        try {
            if (settings.cluster()) {
                startCluster(measured);
            } else {
                out.println("[load] boot 2: the measured server");
                servers.add(MicroServer.start(settings.server(), "boot2", measured));
            }
            loginAgents(usernames);
            connectShoppers(pool);
            startConversations(scheduler);
            List<ScheduledFuture<?>> sending = startSending(scheduler);
            Machine.sleepUntil(inFlight.windowStart());
            List<Long> serverCpuBefore = serverCpuMillis();
            long clientCpuBefore = Machine.driverCpuMillis();
            long repliesBefore = results.repliesReceived.sum();
            GridTraffic.Sample gridBefore = grid == null ? null : grid.sample();
            String loadBefore = Machine.loadAverage();
            Machine.sleepUntil(inFlight.windowEnd());
            GridTraffic.Sample gridAfter = grid == null ? null : grid.sample();
            List<Long> serverCpuAfter = serverCpuMillis();
            Window window = new Window(IntStream.range(0, servers.size()).mapToObj(i -> serverCpuAfter.get(i) - serverCpuBefore.get(i)).toList(),
                    Machine.driverCpuMillis() - clientCpuBefore,
                    results.repliesReceived.sum() - repliesBefore, gridBefore, gridAfter);
            machineLoad = loadBefore + " at the window's start, " + Machine.loadAverage() + " at its end";
            Machine.sleepUntil(inFlight.windowEnd() + settings.interval().toNanos());
            sending.forEach(task -> task.cancel(false));
            drain();
            report(began, usernames.size(), window);
        } finally {
            scheduler.shutdownNow();
            shoppers.forEach(shopper -> shopper.socket.close());
            agents.forEach(LoadAgent::close);
            pool.shutdownNow();
            for (int i = servers.size() - 1; i >= 0; i--) {
                MicroServer server = servers.get(i);
                server.close();
                out.println("[load] server stopped; log: " + server.log());
            }
            if (sharedBroker != null) {
                sharedBroker.close();
            }
        }
        return results.errorCount() == 0 && inFlight.lost() == 0 && results.sendFailures.sum() == 0
                && results.misdelivered.sum() == 0 && results.unexpectedCloses.sum() == 0 ? 0 : 1;
    }

    /** What the measured window cost: CPU of the server(s) and the driver, the answers that arrived, the grid's sockets. */
    private record Window(List<Long> serverCpuMillis, long clientCpuMillis, long repliesArrived, GridTraffic.Sample gridBefore,
                          GridTraffic.Sample gridAfter) {

        long serverCpuTotal() {
            return serverCpuMillis.stream().mapToLong(Long::longValue).sum();
        }
    }

    private String databaseName() {
        return settings.mariaDb() == null ? "embedded H2 database" : "MariaDB database " + settings.mariaDb().database();
    }

    /**
     * One broker, then A and B, each awaited before the next starts, on free Hazelcast ports of their own. The shoppers
     * go to A and the agents to B, so every message and every answer is relayed by the data grid's topic.
     */
    private void startCluster(Map<String, String> database) throws Exception {
        sharedBroker = BrokerProcess.start(settings.server(), "cluster");
        int portA = MicroServer.freePort();
        int portB = MicroServer.freePort();
        while (portB == portA) {
            portB = MicroServer.freePort();
        }
        String cluster = "shopfloor-bench-" + ProcessHandle.current().pid();
        List<Integer> members = List.of(portA, portB);
        out.printf("[load] cluster %s: broker on %d, members' Hazelcast ports %s%n", cluster, sharedBroker.port(), members);
        out.println("[load] boot 2: instance A (the shoppers')");
        servers.add(MicroServer.member(settings.server(), "A", database, sharedBroker, new MicroServer.GridMember(cluster, portA, members)));
        out.println("[load] boot 3: instance B (the agents')");
        servers.add(MicroServer.member(settings.server(), "B", database, sharedBroker, new MicroServer.GridMember(cluster, portB, members)));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (servers.stream().anyMatch(server -> server.gridMembers() < 2)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the two instances did not form one grid within " + WAIT.toSeconds()
                        + " s (gridMembers of /api/health/ready): see " + servers.get(0).log() + " and " + servers.get(1).log());
            }
            Thread.sleep(200);
        }
        grid = new GridTraffic(Set.copyOf(members));
        out.println("[load] A and B form one grid of 2 members");
    }

    private MicroServer shopperServer() {
        return servers.get(0);
    }

    private MicroServer agentServer() {
        return servers.get(servers.size() - 1);
    }

    /** CPU time used so far by each server, in {@link #servers}' order. */
    private List<Long> serverCpuMillis() {
        return servers.stream().map(server -> server.cpu().toMillis()).toList();
    }

    // ------------------------------------------------------------------------------------------------ agents

    /**
     * One agent after the other: dashboard handshakes opened at the same moment by different agents were refused
     * with HTTP 403 now and then (seen with 6 at once on Payara Micro 6.2025.10; logins in parallel were fine).
     * A refused handshake is retried with a new login, at most twice, and counted in the report.
     */
    private void loginAgents(List<String> usernames) throws Exception {
        for (String username : usernames) {
            for (int attempt = 1; ; attempt++) {
                try {
                    agents.add(LoadAgent.online(client, agentServer(), username, this, results, agentOfConversation, true));
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    if (attempt == 3 || !(e.getCause() instanceof java.net.http.WebSocketHandshakeException)) {
                        throw e;
                    }
                    results.agentHandshakesRefused.increment();
                    System.err.printf("[load] dashboard handshake of %s refused (%s); logging in again%n", username, e.getCause());
                    Thread.sleep(500);
                }
            }
        }
        out.printf("[load] %d agents logged in, dashboard sockets open, online%n", agents.size());
    }

    @Override
    public void agentClosed(LoadAgent agent, int status, String reason) {
        results.unexpectedCloses.increment();
        System.err.printf("[load] agent %s socket closed by the server: %d %s%n", agent.username, status, reason);
    }

    // ------------------------------------------------------------------------------------------------ shoppers

    /** One shopper's widget: one socket, one conversation. */
    private static final class Shopper implements JsonSocket.Handler {
        final ChatLatencyLoadTest test;
        final int index;
        final String startClientId;
        final CompletableFuture<JsonObject> welcome = new CompletableFuture<>();
        final CompletableFuture<String> started = new CompletableFuture<>();
        final AtomicInteger seq = new AtomicInteger();
        JsonSocket socket;
        volatile String conversation;

        Shopper(ChatLatencyLoadTest test, int index) {
            this.test = test;
            this.index = index;
            this.startClientId = String.format("start-%05d", index);
        }

        @Override
        public void frame(JsonSocket socket, long receivedNanos, JsonObject frame) {
            switch (frame.getString("type", "")) {
                case "ack" -> test.inFlight.acked(receivedNanos, frame.getString("clientId", ""));
                case "message" -> {
                    if ("agent".equals(frame.getString("from", ""))) {
                        test.inFlight.replyArrived(receivedNanos, frame.getString("text", ""));
                    }
                }
                case "welcome" -> welcome.complete(frame);
                case "started" -> {
                    conversation = frame.getJsonObject("conversation").getString("id");
                    started.complete(conversation);
                }
                case "error" -> {
                    String code = frame.getString("code", "?");
                    test.results.error("shopper socket: " + code);
                    if (startClientId.equals(frame.getString("clientId", null))) {
                        started.completeExceptionally(new IllegalStateException("start refused: " + code));
                    }
                }
                case "closed", "abandoned" -> test.results.conversationsEndedByServer.increment();
                default -> {
                    // availability, assigned, typing: not measured
                }
            }
        }

        @Override
        public void closed(JsonSocket socket, int status, String reason) {
            test.results.unexpectedCloses.increment();
            System.err.printf("[load] shopper %d socket closed by the server: %d %s%n", index, status, reason);
        }
    }

    private void connectShoppers(ExecutorService pool) throws Exception {
        List<Future<Shopper>> connecting = new ArrayList<>();
        for (int i = 0; i < settings.conversations(); i++) {
            int index = i;
            connecting.add(pool.submit(() -> {
                Shopper shopper = new Shopper(this, index);
                shopper.socket = JsonSocket.connect(client, "shopper " + index, shopperServer().wsUri("/ws/shopper?shop=demo"),
                        Map.of("Origin", shopperServer().origin(), "X-Forwarded-For", DemoShop.address(index)), shopper);
                shopper.socket.send(DemoShop.hello(shopperServer().origin(), index));
                JsonObject welcome = shopper.welcome.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                if (!welcome.getBoolean("online", false)) {
                    throw new IllegalStateException("shopper " + index + ": the widget says nobody can chat: " + welcome);
                }
                return shopper;
            }));
        }
        for (Future<Shopper> shopper : connecting) {
            shoppers.add(shopper.get(2 * WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        out.printf("[load] %d shopper sockets open, welcomed, chat online%n", shoppers.size());
    }

    private void startConversations(ScheduledExecutorService scheduler) throws Exception {
        long began = System.nanoTime();
        for (Shopper shopper : shoppers) {
            long at = shopper.index * 1_000_000L / settings.startsPerSecond();
            scheduler.schedule(() -> {
                try {
                    shopper.socket.send(JSON.createObjectBuilder().add("type", "start").add("name", "Load Shopper " + shopper.index)
                            .add("topic", DemoShop.topic(shopper.index)).add("clientId", shopper.startClientId).build());
                } catch (RuntimeException e) {
                    shopper.started.completeExceptionally(e);
                }
            }, at, TimeUnit.MICROSECONDS);
        }
        long deadline = began + TimeUnit.SECONDS.toNanos(shoppers.size() / settings.startsPerSecond()) + WAIT.toNanos();
        for (Shopper shopper : shoppers) {
            shopper.started.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        // Every conversation must be on an agent's socket before messages start: that is where they are caught.
        while (agentOfConversation.size() < shoppers.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long unassigned = shoppers.stream().filter(s -> !agentOfConversation.containsKey(s.conversation)).count();
        if (unassigned > 0) {
            throw new IllegalStateException(unassigned + " conversations started but never reached an agent's socket");
        }
        Map<String, Long> perAgent = agentOfConversation.values().stream()
                .collect(Collectors.groupingBy(name -> name, java.util.TreeMap::new, Collectors.counting()));
        out.printf("[load] %d conversations open in %.1f s, assigned: %s%n", shoppers.size(),
                (System.nanoTime() - began) / 1e9, perAgent);
        Thread.sleep(2000); // let the first answers land
    }

    // ------------------------------------------------------------------------------------------------ messages

    private List<ScheduledFuture<?>> startSending(ScheduledExecutorService scheduler) {
        long interval = settings.interval().toNanos();
        long phaseStart = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        long measureStart = phaseStart + settings.warmup().toNanos();
        inFlight.window(measureStart, measureStart + settings.duration().toNanos());
        long perShopper = (settings.warmup().toNanos() + settings.duration().toNanos()) / interval;
        Random random = new Random(7);
        List<ScheduledFuture<?>> tasks = new ArrayList<>();
        for (Shopper shopper : shoppers) {
            long offset = (long) (random.nextDouble() * interval);
            long first = phaseStart + offset;
            tasks.add(scheduler.scheduleAtFixedRate(() -> {
                int k = shopper.seq.getAndIncrement();
                if (k >= perShopper) {
                    return;
                }
                send(shopper, k, first + k * interval);
            }, first - System.nanoTime(), interval, TimeUnit.NANOSECONDS));
        }
        out.printf("[load] sending: %d messages per shopper, %.0f messages/s in all; warm-up until +%d s, measuring until +%d s%n",
                perShopper, shoppers.size() * 1e9 / interval, settings.warmup().toSeconds(),
                settings.warmup().toSeconds() + settings.duration().toSeconds());
        return tasks;
    }

    private void send(Shopper shopper, int k, long planned) {
        String clientId = String.format("lt-%05d-%06d", shopper.index, k);
        String text = "lt " + shopper.index + " " + k + " " + planned + FILLER;
        inFlight.send(shopper.socket, clientId, text, () -> shopper.conversation, planned);
    }

    /** On an agent's receive path: the bookkeeping, then every {@code replyEvery}-th message an answer. */
    @Override
    public void arrived(LoadAgent agent, long receivedNanos, JsonObject frame) {
        String text = frame.getString("text", "");
        if (!text.startsWith("lt ")) {
            return;
        }
        int k = Integer.parseInt(text.split(" ", 5)[2]);
        InFlight.Arrival arrival = inFlight.arrived(agent.username, receivedNanos, frame);
        if (arrival == InFlight.Arrival.UNKNOWN) {
            results.error("agent got a message the driver never sent");
        }
        if (arrival == InFlight.Arrival.FIRST && (k + 1) % settings.replyEvery() == 0) {
            agent.reply(frame.getString("conversation", ""), Integer.toString(k));
        }
    }

    /** Waits (bounded) until every sent message reached an agent and was acked. */
    private void drain() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !inFlight.settled()) {
            Thread.sleep(200);
        }
    }

    // ------------------------------------------------------------------------------------------------ report

    private void report(Instant began, int agentCount, Window window) throws IOException {
        long notAcked = inFlight.notAcked();
        long lostMeasured = inFlight.lostMeasured();
        double seconds = settings.duration().toMillis() / 1000.0;
        int cores = Runtime.getRuntime().availableProcessors();
        long serverCpuMillis = window.serverCpuTotal();
        long clientCpuMillis = window.clientCpuMillis();
        long relayed = results.delivered.sum() + window.repliesArrived();
        StringBuilder r = new StringBuilder();
        r.append("\n==== Shopfloor chat latency: shopper message -> assigned agent's socket ====\n");
        r.append(String.format("when:            %s (run took %d s)%n", began, Duration.between(began, Instant.now()).toSeconds()));
        r.append(String.format("machine:         %d cores seen by the JVM, Java %s; server and driver share them%n", cores,
                System.getProperty("java.version")));
        r.append(String.format("load average:    %s (1/5/15 min; above %d, other processes competed for the cores)%n",
                machineLoad, cores));
        for (MicroServer server : servers) {
            r.append(String.format("server %-9s Payara Micro, %s, %s, %s, pid %d, RSS %d MiB at the end%n", server.name() + ":",
                    settings.cluster() ? "cluster member" : "--nocluster", databaseName(), settings.server().serverJvmArgs(),
                    server.pid(), server.rssMiB()));
        }
        agentServer().broker().ifPresent(broker -> r.append(String.format("broker:          own process%s, %s, pid %d, RSS %d MiB at the end%n",
                settings.cluster() ? " shared by A and B" : "", settings.server().brokerJvmArgs(), broker.pid(), broker.rssMiB())));
        if (settings.cluster()) {
            r.append("sockets:         every shopper on A, every agent's dashboard on B: each message and answer crosses the grid\n");
        }
        r.append(String.format("load:            %d concurrent conversations on %d agents (max %d chats each); one message per"
                        + " shopper every %.1f s = %.0f msg/s; agents answer every %d-th message%n",
                shoppers.size(), agentCount, settings.maxChats(), settings.interval().toMillis() / 1000.0,
                shoppers.size() * 1000.0 / settings.interval().toMillis(), settings.replyEvery()));
        r.append(String.format("window:          warm-up %d s (not counted), measured %.0f s%n", settings.warmup().toSeconds(), seconds));
        r.append(String.format("messages:        %d sent in the window (%d in warm-up), %d delivered to the agent, %.1f msg/s%n",
                results.sent.sum(), results.sentWarmup.sum(), results.delivered.sum(), results.delivered.sum() / seconds));
        r.append(String.format("shopper->agent:  %s%n", Results.summary(results.shopperToAgent)));
        r.append(String.format("  p50/max by send time (ms):  %s%n", results.slicesSummary()));
        r.append(String.format("  (warm-up:      %s)%n", Results.summary(results.shopperToAgentWarmup)));
        r.append(String.format("shopper ack:     %s%n", Results.summary(results.ack)));
        r.append(String.format("agent->shopper:  %s%n", Results.summary(results.agentToShopper)));
        r.append(String.format("driver lag:      %s%n", Results.summary(results.sendLag)));
        r.append(String.format("CPU in window:   server %.1f s, driver %.1f s of %.0f s x %d cores = %.0f%% of the machine%n",
                serverCpuMillis / 1000.0, clientCpuMillis / 1000.0, seconds, cores,
                100.0 * (serverCpuMillis + clientCpuMillis) / (seconds * 1000 * cores)));
        r.append(String.format("per message:     %d relayed in the window (%d shopper->agent, %d agent->shopper); server CPU %.2f ms"
                        + " per message%s%n", relayed, results.delivered.sum(), window.repliesArrived(),
                (double) serverCpuMillis / Math.max(1, relayed), cpuPerServer(window)));
        r.append(String.format("grid traffic:    %s%n", gridSummary(window, relayed)));
        r.append(String.format("errors:          %d lost (%d of them in the window), %d not acked, %d duplicates, %d on the wrong"
                        + " agent, %d send failures, %d sockets closed by the server, %d conversations ended by the server%n",
                inFlight.lost(), lostMeasured, notAcked, results.duplicates.sum(), results.misdelivered.sum(), results.sendFailures.sum(),
                results.unexpectedCloses.sum(), results.conversationsEndedByServer.sum()));
        r.append(String.format("error frames:    %s%n", results.errorsByCode().isEmpty() ? "none" : results.errorsByCode()));
        r.append(String.format("agent logins:    %d dashboard handshakes refused and retried (HTTP 403)%n",
                results.agentHandshakesRefused.sum()));
        r.append(String.format("agent replies:   %d sent, %d arrived at the shopper%n", results.repliesSent.sum(), results.repliesReceived.sum()));
        for (MicroServer server : servers) {
            r.append(String.format("server log %-4s %s%n", server.name() + ":", server.logProblems()));
        }
        r.append("============================================================================\n");
        out.print(r);
        Path dir = settings.server().workdir();
        Files.writeString(dir.resolve("results.txt"), r.toString());
        try (PrintStream hgrm = new PrintStream(Files.newOutputStream(dir.resolve("shopper-to-agent.hgrm")), true, StandardCharsets.UTF_8)) {
            results.shopperToAgent.outputPercentileDistribution(hgrm, 1000.0);
        }
        out.println("[load] written: " + dir.resolve("results.txt") + ", " + dir.resolve("shopper-to-agent.hgrm") + " (milliseconds)");
    }

    private String cpuPerServer(Window window) {
        if (servers.size() < 2) {
            return "";
        }
        return IntStream.range(0, servers.size())
                .mapToObj(i -> String.format("%s %.1f s", servers.get(i).name(), window.serverCpuMillis().get(i) / 1000.0))
                .collect(Collectors.joining(", ", ", summed over both instances (", ")"));
    }

    private static String gridSummary(Window window, long relayed) {
        if (window.gridBefore() == null) {
            return "none (one instance, no data grid)";
        }
        long bytes = window.gridBefore().sentUntil(window.gridAfter());
        return String.format("%,d bytes between the members in the window = %,.0f bytes per message relayed (TCP bytes_sent of"
                        + " the %d sockets on the Hazelcast ports, ss -tin; %d of them closed during the window, their last bytes"
                        + " not counted)", bytes, (double) bytes / Math.max(1, relayed), window.gridAfter().connections(),
                window.gridBefore().connectionsGone(window.gridAfter()));
    }
}
