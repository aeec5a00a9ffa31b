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
import java.util.List;
import java.util.Map;
import java.util.Random;
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

/**
 * End-to-end chat latency at many concurrent conversations: the time from a shopper's message until it is on the
 * socket of the agent the conversation is assigned to. Gatling's WebSocket checks only look at the virtual user's own
 * connection, and here the message must be caught on another one (the agent's, shared by ~17 conversations), so this
 * is a plain Java driver on {@code java.net.http.WebSocket}, with HdrHistogram for the percentiles.
 *
 * <ol>
 * <li>Boot 1: Payara Micro with the built WAR (and its message broker, {@link MicroServer}) on a fresh embedded H2
 * database with demo data (schema and demo team are created), then stopped.</li>
 * <li>While no server runs: every chat-taking agent gets {@code max_chats} 20, and agents are added until the team
 * holds all conversations with 20% to spare ({@link LoadTeam}).</li>
 * <li>Boot 2, the measured server. The agents log in with the form (password {@code demo}), open the dashboard
 * socket and go online.</li>
 * <li>All shoppers connect and say hello, then open their conversations at a bounded rate; routing assigns each one
 * and the agent answers once (so the unanswered-chat follow-ups stay out of the way).</li>
 * <li>Each shopper sends a message every {@code interval} (random phase) for {@code warmup + duration}; the text
 * carries the planned send time ({@link System#nanoTime()} of this JVM). The agent's socket reads it back on arrival.
 * Every n-th message the agent answers, and the shopper side measures that way too. Messages planned in the warm-up
 * are reported apart.</li>
 * <li>Wait for the last messages (bounded), report, stop the server.</li>
 * </ol>
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
    private MicroServer server;
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
        out.printf("[load] %d conversations, a message every %s s per shopper, warm-up %d s, measured %d s; work dir %s%n",
                settings.conversations(), settings.interval().toMillis() / 1000.0, settings.warmup().toSeconds(),
                settings.duration().toSeconds(), workdir);

        out.println("[load] boot 1: schema and demo data on a fresh embedded H2 database");
        try (MicroServer first = MicroServer.start(settings.server(), "boot1")) {
            first.stop();
        }
        List<String> usernames = LoadTeam.prepare(MicroServer.h2Url(settings.server()), settings.agentsNeeded(LoadTeam.DEMO_AGENTS.size()),
                settings.maxChats());
        out.printf("[load] team: %d agents with max_chats %d = room for %d chats: %s%n", usernames.size(), settings.maxChats(),
                usernames.size() * settings.maxChats(), usernames);

        out.println("[load] boot 2: the measured server");
        server = MicroServer.start(settings.server(), "boot2");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
        try {
            loginAgents(usernames);
            connectShoppers(pool);
            startConversations(scheduler);
            long serverCpuBefore = 0;
            long clientCpuBefore = 0;
            List<ScheduledFuture<?>> sending = startSending(scheduler);
            Machine.sleepUntil(inFlight.windowStart());
            serverCpuBefore = server.cpu().toMillis();
            clientCpuBefore = Machine.driverCpuMillis();
            String loadBefore = Machine.loadAverage();
            Machine.sleepUntil(inFlight.windowEnd());
            long serverCpu = server.cpu().toMillis() - serverCpuBefore;
            long clientCpu = Machine.driverCpuMillis() - clientCpuBefore;
            machineLoad = loadBefore + " at the window's start, " + Machine.loadAverage() + " at its end";
            Machine.sleepUntil(inFlight.windowEnd() + settings.interval().toNanos());
            sending.forEach(task -> task.cancel(false));
            drain();
            report(began, usernames.size(), serverCpu, clientCpu);
        } finally {
            scheduler.shutdownNow();
            shoppers.forEach(shopper -> shopper.socket.close());
            agents.forEach(LoadAgent::close);
            pool.shutdownNow();
            server.close();
            out.println("[load] server stopped; log: " + server.log());
        }
        return results.errorCount() == 0 && inFlight.lost() == 0 && results.sendFailures.sum() == 0
                && results.misdelivered.sum() == 0 && results.unexpectedCloses.sum() == 0 ? 0 : 1;
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
                    agents.add(LoadAgent.online(client, server, username, this, results, agentOfConversation, true));
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
                shopper.socket = JsonSocket.connect(client, "shopper " + index, server.wsUri("/ws/shopper?shop=demo"),
                        Map.of("Origin", server.origin()), shopper);
                shopper.socket.send(DemoShop.hello(server.origin(), index));
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

    private void report(Instant began, int agentCount, long serverCpuMillis, long clientCpuMillis) throws IOException {
        long notAcked = inFlight.notAcked();
        long lostMeasured = inFlight.lostMeasured();
        double seconds = settings.duration().toMillis() / 1000.0;
        int cores = Runtime.getRuntime().availableProcessors();
        String logProblems = server.logProblems();
        StringBuilder r = new StringBuilder();
        r.append("\n==== Shopfloor chat latency: shopper message -> assigned agent's socket ====\n");
        r.append(String.format("when:            %s (run took %d s)%n", began, Duration.between(began, Instant.now()).toSeconds()));
        r.append(String.format("machine:         %d cores seen by the JVM, Java %s; server and driver share them%n", cores,
                System.getProperty("java.version")));
        r.append(String.format("load average:    %s (1/5/15 min; above %d, other processes competed for the cores)%n",
                machineLoad, cores));
        r.append(String.format("server:          Payara Micro, embedded H2, %s, pid %d, RSS %d MiB at the end%n",
                settings.server().serverJvmArgs(), server.pid(), server.rssMiB()));
        server.broker().ifPresent(broker -> r.append(String.format("broker:          own process, %s, pid %d, RSS %d MiB at the end%n",
                settings.server().brokerJvmArgs(), broker.pid(), broker.rssMiB())));
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
        r.append(String.format("errors:          %d lost (%d of them in the window), %d not acked, %d duplicates, %d on the wrong"
                        + " agent, %d send failures, %d sockets closed by the server, %d conversations ended by the server%n",
                inFlight.lost(), lostMeasured, notAcked, results.duplicates.sum(), results.misdelivered.sum(), results.sendFailures.sum(),
                results.unexpectedCloses.sum(), results.conversationsEndedByServer.sum()));
        r.append(String.format("error frames:    %s%n", results.errorsByCode().isEmpty() ? "none" : results.errorsByCode()));
        r.append(String.format("agent logins:    %d dashboard handshakes refused and retried (HTTP 403)%n",
                results.agentHandshakesRefused.sum()));
        r.append(String.format("agent replies:   %d sent, %d arrived at the shopper%n", results.repliesSent.sum(), results.repliesReceived.sum()));
        r.append(String.format("server log:      %s%n", logProblems));
        r.append("============================================================================\n");
        out.print(r);
        Path dir = settings.server().workdir();
        Files.writeString(dir.resolve("results.txt"), r.toString());
        try (PrintStream hgrm = new PrintStream(Files.newOutputStream(dir.resolve("shopper-to-agent.hgrm")), true, StandardCharsets.UTF_8)) {
            results.shopperToAgent.outputPercentileDistribution(hgrm, 1000.0);
        }
        out.println("[load] written: " + dir.resolve("results.txt") + ", " + dir.resolve("shopper-to-agent.hgrm") + " (milliseconds)");
    }
}
