package nl.shopfloor.loadtest;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Issue 8's targets on one Payara Micro: a burst of chat starts on a full shop, then the relay, its knee, and many idle
 * widgets next to the active conversations. The phases, each reported as soon as it ends (so a broken phase leaves the
 * figures before it):
 * <ol>
 * <li>a) {@code --conversations} shop pages open (widget socket, {@code hello}), agents online with their dashboards
 * (connected in parallel), a shop cap below the agents' room; then chat starts at a fixed rate until the conversations
 * are open (refused starts get another pass). Failed starts by code, dashboard sockets the server closed, start latency
 * (start frame to {@code started}), and the shop's open chats sampled through the supervisor's {@code GET /api/capacity}
 * against the cap.</li>
 * <li>b) {@code --relay-rate} msg/s round robin over the conversations: shopper→agent latency, nothing lost, server CPU
 * per relayed message, raw and minus an idle baseline taken right after the window; then a JFR recording at the
 * same rate (apart, so its own cost is not in the CPU figure), aggregated by {@link JfrHotFrames}.</li>
 * <li>c) the knee: rate steps until p99 passes {@code --knee-p99}.</li>
 * <li>d) {@code --idle-widgets} more pages that only say hello: heap per idle widget (after full GCs), threads, open
 * files, and the relay again while they are connected.</li>
 * </ol>
 * Every shopper socket carries {@code X-Forwarded-For: 10.x.y.z} (one address per page) and the server trusts it from
 * 127.0.0.1 ({@code SHOPFLOOR_TRUSTED_PROXIES}), so per-IP limits see many shoppers, as on a real site. Everything runs on
 * 127.0.0.1, every wait is bounded, and the run stops at {@code --time-limit}.
 */
public final class ChatBurstLoadTest implements LoadAgent.Driver {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String SUPERVISOR = "anouk";
    private static final int SHOPPER_CLIENTS = 4;

    private final BurstSettings settings;
    private final Results results = new Results(Duration.ofSeconds(10));
    private final List<HttpClient> clients = new ArrayList<>();
    private final Map<String, String> agentOfConversation = new ConcurrentHashMap<>();
    private final List<LoadAgent> agents = Collections.synchronizedList(new ArrayList<>());
    private final List<BurstShopper> pages = Collections.synchronizedList(new ArrayList<>());
    private final List<BurstShopper> idle = Collections.synchronizedList(new ArrayList<>());
    private final List<BurstShopper> conversations = new ArrayList<>();
    private final LongAdder dashboardsDropped = new LongAdder();
    private final LongAdder shopperSocketsDropped = new LongAdder();
    private final List<String> verdicts = new ArrayList<>();
    private final PrintStream out = System.out;
    private volatile Relay relay = Relay.none();
    private MicroServer server;
    private ServerProbe probe;
    private String supervisorCookie;

    private ChatBurstLoadTest(BurstSettings settings) {
        this.settings = settings;
        for (int i = 0; i <= SHOPPER_CLIENTS; i++) {
            // several clients: each has one selector thread, which 11,000 sockets would keep busy
            clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build());
        }
    }

    public static void main(String[] args) {
        BurstSettings settings = TimeLimit.optionsOrExit(() -> BurstSettings.parse(args), BurstSettings.usage());
        TimeLimit.exitAfter(settings.timeLimit(), () -> new ChatBurstLoadTest(settings).run());
    }

    Relay relay() {
        return relay;
    }

    Results results() {
        return results;
    }

    @Override
    public void arrived(LoadAgent agent, long receivedNanos, JsonObject frame) {
        relay.arrived(agent, receivedNanos, frame);
    }

    @Override
    public void agentClosed(LoadAgent agent, int status, String reason) {
        dashboardsDropped.increment();
        System.err.printf("[load] dashboard of %s closed by the server: %d %s%n", agent.username, status, reason);
    }

    void shopperSocketClosed(BurstShopper shopper, int status, String reason) {
        shopperSocketsDropped.increment();
        if (shopperSocketsDropped.sum() <= 10) {
            System.err.printf("[load] shopper %d socket closed by the server: %d %s%n", shopper.index, status, reason);
        }
    }

    private int run() throws Exception {
        Instant began = Instant.now();
        Path workdir = settings.server().workdir();
        Files.createDirectories(workdir);
        Files.deleteIfExists(workdir.resolve("results.txt"));
        MicroServer.deleteTree(workdir.resolve("data"));
        write(String.format("==== Shopfloor burst, relay, knee, idle widgets (ChatBurstLoadTest) ====%nwhen: %s; phases %s; %d cores,"
                        + " Java %s; driver open-files limit %d%n", began, String.join(",", new java.util.TreeSet<>(settings.phases())),
                Machine.cores(), System.getProperty("java.version"), ServerProbe.openFilesLimit("self")));
        out.println("[load] boot 1: schema and demo data on a fresh embedded H2 database");
        try (MicroServer first = MicroServer.start(settings.server(), "boot1")) {
            first.stop();
        }
        List<String> usernames = LoadTeam.prepare(MicroServer.h2Url(settings.server()), settings.agents(), settings.maxChats());
        out.println("[load] boot 2: the measured server");
        server = MicroServer.start(settings.server(), "boot2", Map.of("SHOPFLOOR_TRUSTED_PROXIES", "127.0.0.1"));
        probe = new ServerProbe(server.pid());
        write(String.format("server: Payara Micro pid %d, %s, embedded H2, ready after %d s; server open-files limit %d%n", server.pid(),
                settings.server().serverJvmArgs(), server.readyAfter().toSeconds(), ServerProbe.openFilesLimit(Long.toString(server.pid()))));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(16, settings.idleConnectParallel()));
        try {
            boolean open = phase("a", () -> burst(pool, usernames));
            if (open && settings.runs("b")) {
                phase("b", this::relayCost);
            }
            if (open && settings.runs("c")) {
                phase("c", this::knee);
            }
            if (open && settings.runs("d")) {
                phase("d", () -> idleWidgets(pool));
            }
        } finally {
            relay = Relay.none();
            pool.shutdownNow();
            out.println("[load] closing sockets");
            List.of(idle, pages).forEach(list -> {
                synchronized (list) {
                    list.forEach(shopper -> shopper.socket.close());
                }
            });
            agents.forEach(LoadAgent::close);
            write(String.format("server log: %s%nrun took %d s%n", server.logProblems(), Duration.between(began, Instant.now()).toSeconds()));
            server.close();
            out.println("[load] server stopped; log: " + server.log());
        }
        write("verdicts:\n" + String.join("\n", verdicts) + "\n");
        out.println("[load] written: " + workdir.resolve("results.txt"));
        return verdicts.stream().allMatch(v -> v.startsWith("  ok") || v.startsWith("  info")) ? 0 : 1;
    }

    private interface Phase {
        boolean run() throws Exception;
    }

    /** Runs a phase; a phase that breaks is recorded and the run goes on (true: the conversations are still there). */
    private boolean phase(String name, Phase phase) {
        out.println("[load] ---- phase " + name + " ----");
        try {
            return phase.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            verdicts.add("  BROKEN phase " + name + ": " + e);
            write("phase " + name + " broke: " + e + "\n");
            return !conversations.isEmpty();
        } finally {
            relay = Relay.none();
        }
    }

    private void verdict(boolean ok, String what) {
        verdicts.add((ok ? "  ok   " : "  FAIL ") + what);
    }

    // ------------------------------------------------------------------------------------------------ phase a

    private boolean burst(ExecutorService pool, List<String> usernames) throws Exception {
        long t0 = System.nanoTime();
        ExecutorService logins = Executors.newFixedThreadPool(8);
        Map<String, Long> agentFailures;
        try {
            agentFailures = connectAll(logins, usernames.size(), i -> {
                agents.add(LoadAgent.online(clients.get(SHOPPER_CLIENTS), server, usernames.get(i), this, results, agentOfConversation, false));
                return null;
            });
        } finally {
            logins.shutdownNow();
        }
        double agentSeconds = (System.nanoTime() - t0) / 1e9;
        supervisorCookie = FormLogin.cookie(server, SUPERVISOR);
        JsonObject capacity = capacity("PUT", "{\"cap\": " + settings.cap() + "}");
        long t1 = System.nanoTime();
        Map<String, Long> pageFailures = connectAll(pool, settings.conversations(), i -> {
            pages.add(openPage(i, true));
            return null;
        });
        double pageSeconds = (System.nanoTime() - t1) / 1e9;
        write(String.format("%n---- a) start burst ----%nagents: %d of %d online with dashboards in %.1f s (in parallel), max_chats %d = room for %d;"
                        + " failures %s%nshop cap: %s (PUT /api/capacity as %s)%npages: %d of %d widgets open and welcomed in %.1f s; failures %s%n",
                agents.size(), usernames.size(), agentSeconds, settings.maxChats(), agents.size() * settings.maxChats(), agentFailures,
                capacity, SUPERVISOR, pages.size(), settings.conversations(), pageSeconds, pageFailures));

        CapacitySampler sampler = new CapacitySampler();
        Thread sampling = new Thread(sampler, "capacity-sampler");
        String loadBefore = Machine.loadAverage();
        long cpuBefore = probe.cpuMillis();
        long burstStart = System.nanoTime();
        Instant burstFrom = Instant.now();
        sampling.start();
        Histogram latency = Results.histogram();
        Map<String, Long> refused = new TreeMap<>();
        List<BurstShopper> todo = new ArrayList<>(pages);
        StringBuilder passes = new StringBuilder();
        for (int attempt = 1; attempt <= settings.startAttempts() && !todo.isEmpty(); attempt++) {
            List<BurstShopper> failed = startPass(todo, attempt, latency, refused);
            passes.append(String.format("  pass %d: %d starts at %d/s, %d refused or timed out%n", attempt, todo.size(),
                    settings.startsPerSecond(), failed.size()));
            todo = failed;
        }
        double burstSeconds = (System.nanoTime() - burstStart) / 1e9;
        Instant burstTo = Instant.now();
        long cpu = probe.cpuMillis() - cpuBefore;
        synchronized (pages) {
            pages.stream().filter(p -> p.conversation != null).forEach(conversations::add);
        }
        // Every conversation must be on an agent's socket before messages start: that is where they are caught.
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (conversations.stream().anyMatch(c -> !agentOfConversation.containsKey(c.conversation)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        conversations.removeIf(c -> !agentOfConversation.containsKey(c.conversation));
        Thread.sleep(2000); // the agents' first answers land, and the sampler sees the settled count
        sampler.stop.set(true);
        sampling.join(10_000);
        Map<String, Long> perAgent = new TreeMap<>();
        agentOfConversation.values().forEach(a -> perAgent.merge(a, 1L, Long::sum));
        long fullest = perAgent.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long failedFirstPass = refused.values().stream().mapToLong(Long::longValue).sum();
        write(String.format("burst: %s%n%sconversations open and on an agent's dashboard: %d of %d (in %.1f s); fullest agent %d (max %d)%n"
                        + "failed starts by code (all passes): %s%nstart latency (start frame -> started, successful starts): %s%n"
                        + "dashboard sockets closed by the server: %d; shopper sockets closed by the server: %d%n"
                        + "cap: %d GET /api/capacity samples (%d failed), open chats max %d, last %d, cap %d -> %s%n"
                        + "server CPU during the burst: %.1f s in %.1f s; load average %s before, %s after%nerror frames: %s%n"
                        + "burst window (for JfrHotFrames --between): %s,%s%n",
                settings.startsPerSecond() + " starts/s", passes, conversations.size(), settings.conversations(), burstSeconds, fullest,
                settings.maxChats(), refused.isEmpty() ? "none" : refused, Results.summary(latency), dashboardsDropped.sum(),
                shopperSocketsDropped.sum(), sampler.samples.get(), sampler.failures.get(), sampler.max.get(), sampler.last.get(),
                settings.cap(), sampler.max.get() <= settings.cap() ? "never exceeded" : "EXCEEDED",
                cpu / 1000.0, burstSeconds, loadBefore, Machine.loadAverage(), results.errorsByCode().isEmpty() ? "none" : results.errorsByCode(),
                burstFrom, burstTo));
        verdict(failedFirstPass == 0 && !conversations.isEmpty(), "a: 0 failed starts at " + settings.startsPerSecond() + "/s (" + failedFirstPass + " failed: " + refused + ")");
        verdict(dashboardsDropped.sum() == 0, "a: 0 dashboard sockets dropped (" + dashboardsDropped.sum() + ")");
        verdict(sampler.samples.get() > 0 && sampler.max.get() <= settings.cap(), "a: cap " + settings.cap() + " never exceeded (max "
                + sampler.max.get() + " in " + sampler.samples.get() + " samples)");
        verdict(conversations.size() == settings.conversations(), "a: " + conversations.size() + " of " + settings.conversations()
                + " conversations open");
        return !conversations.isEmpty();
    }

    /** One pass of starts at the fixed rate; returns the pages whose start was refused or got no answer. */
    private List<BurstShopper> startPass(List<BurstShopper> todo, int attempt, Histogram latency, Map<String, Long> refused)
            throws InterruptedException {
        long began = System.nanoTime();
        List<CompletableFuture<String>> starts = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            Machine.sleepUntil(began + i * 1_000_000_000L / settings.startsPerSecond());
            BurstShopper page = todo.get(i);
            starts.add(page.start(attempt, DemoShop.topic(page.index))
                    .whenComplete((id, error) -> {
                        if (error == null) {
                            Results.record(latency, System.nanoTime() - page.startSentNanos);
                        }
                    }));
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<BurstShopper> failed = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            String code;
            try {
                starts.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                continue;
            } catch (ExecutionException e) {
                code = e.getCause() instanceof BurstShopper.StartRefused r ? r.code : String.valueOf(e.getCause());
            } catch (TimeoutException e) {
                code = "no answer within " + WAIT.toSeconds() + " s";
            }
            refused.merge(code, 1L, Long::sum);
            failed.add(todo.get(i));
        }
        return failed;
    }

    /** {@code mustBeOnline}: chat must be offered; idle widgets next to a shop at its cap are rightly told "capacity". */
    private BurstShopper openPage(int index, boolean mustBeOnline) throws Exception {
        BurstShopper page = new BurstShopper(this, index);
        page.socket = JsonSocket.connect(clients.get(index % SHOPPER_CLIENTS), "shopper " + index, server.wsUri("/ws/shopper?shop=demo"),
                Map.of("Origin", server.origin(), "X-Forwarded-For", page.address()), page);
        try {
            page.socket.sendAsync(DemoShop.hello(server.origin(), index));
            JsonObject welcome = page.welcome.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (mustBeOnline && !welcome.getBoolean("online", false)) {
                throw new IllegalStateException("the widget says nobody can chat: " + welcome);
            }
            return page;
        } catch (Exception e) {
            page.socket.close();
            throw e;
        }
    }

    /** Runs {@code count} connects on the pool; returns the failures by reason (the run goes on with the rest). */
    private Map<String, Long> connectAll(ExecutorService pool, int count, IntFunctionWithException connect) throws InterruptedException {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                connect.apply(index);
                return null;
            }));
        }
        Map<String, Long> failures = new TreeMap<>();
        // generous: on a shared 2-core machine an agent's form login (JSF dashboard) took seconds
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120) + TimeUnit.MILLISECONDS.toNanos(200L * count);
        for (Future<?> future : futures) {
            try {
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
                String reason = String.valueOf(cause).replaceAll("\\d+", "#");
                failures.merge(reason.length() > 160 ? reason.substring(0, 160) + "…" : reason, 1L, Long::sum);
            } catch (TimeoutException e) {
                future.cancel(true);
                failures.merge("not connected in time", 1L, Long::sum);
            }
        }
        return failures.isEmpty() ? Map.of() : failures;
    }

    private interface IntFunctionWithException {
        Object apply(int index) throws Exception;
    }

    private JsonObject capacity(String method, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve("/api/capacity")).timeout(Duration.ofSeconds(10))
                .header("Cookie", supervisorCookie).header("Origin", server.origin()).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response = clients.get(SHOPPER_CLIENTS).send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " /api/capacity: HTTP " + response.statusCode() + " " + response.body());
        }
        try (var reader = JsonSocket.JSON.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The shop's open chats as the supervisor sees them, every 100 ms while the burst runs. */
    private final class CapacitySampler implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicInteger samples = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger max = new AtomicInteger();
        final AtomicInteger last = new AtomicInteger();

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    int open = capacity("GET", null).getInt("openChats");
                    samples.incrementAndGet();
                    last.set(open);
                    max.accumulateAndGet(open, Math::max);
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ phase b

    private boolean relayCost() throws Exception {
        write(String.format("%n---- b) relay at %d msg/s over %d conversations ----%n", settings.relayRate(), conversations.size()));
        Relay measured = measure("b", settings.relayRate(), settings.relayWarmup(), settings.relayDuration());
        // The idle baseline comes after the window: before it the server is still compiling and finishing the burst.
        Duration baseline = settings.idleBaseline();
        String loadIdle = Machine.loadAverage();
        long idleCpu = probe.cpuMillis();
        Thread.sleep(baseline.toMillis());
        double idleCoreShare = (probe.cpuMillis() - idleCpu) / (double) baseline.toMillis();
        double netMillis = measured.serverCpuMillis - idleCoreShare * settings.relayDuration().toMillis();
        write(String.format("idle baseline after the window: server %.3f s CPU per s over %d s (conversations open, no messages);"
                        + " load average %s%n  per message sent in the window minus the idle baseline: %.2f ms%n", idleCoreShare,
                baseline.toSeconds(), loadIdle, netMillis / Math.max(1, measured.results.sent.sum())));
        verdict(measured.clean(), "b: nothing lost at " + settings.relayRate() + " msg/s (" + measured.errors() + ")");
        if (!settings.profileDuration().isZero()) {
            Path recording = settings.server().workdir().resolve("relay.jfr");
            Files.deleteIfExists(recording);
            probe.startRecording(recording);
            Relay profiled = new Relay("bjfr", settings.relayRate(), Duration.ZERO, settings.profileDuration(), conversations,
                    agentOfConversation, settings.replyEvery());
            relay = profiled;
            String load = Machine.loadAverage();
            profiled.run(() -> { }, () -> { });
            probe.stopRecording();
            profiled.drain(WAIT);
            String hot = Files.exists(recording) ? JfrHotFrames.report(recording, 15) : "no recording written";
            write(String.format("profile: JFR (settings=default, method-profiling=high: a sample every 10 ms) of %d s at %d msg/s, load average %s -> %s; %s%nshopper->agent while"
                            + " recording: %s%n%s", settings.profileDuration().toSeconds(), settings.relayRate(), load, Machine.loadAverage(),
                    recording, Results.summary(profiled.results.shopperToAgent), hot));
        }
        return true;
    }

    /** One relay stretch with its report, the server's CPU in its window kept in {@link Relay#serverCpuMillis}. */
    private Relay measure(String name, int rate, Duration warmup, Duration duration) {
        Relay stretch = new Relay(name, rate, warmup, duration, conversations, agentOfConversation, settings.replyEvery());
        relay = stretch;
        long[] cpu = new long[2];
        String[] load = new String[2];
        stretch.run(() -> {
            cpu[0] = probe.cpuMillis();
            load[0] = Machine.loadAverage();
        }, () -> {
            cpu[1] = probe.cpuMillis();
            load[1] = Machine.loadAverage();
        });
        stretch.drain(WAIT);
        Results r = stretch.results;
        long delivered = r.delivered.sum();
        double cpuMillis = cpu[1] - cpu[0];
        stretch.serverCpuMillis = cpuMillis;
        write(String.format("%s: %d msg/s, warm-up %d s, measured %d s; load average %s at the window's start, %s at its end%n"
                        + "  messages: %d sent in the window (%d in warm-up), %d delivered; %s%n  shopper->agent: %s%n"
                        + "  p50/max by send time (ms): %s%n  shopper ack:    %s%n  agent->shopper: %s%n  driver lag:     %s%n"
                        + "  server CPU in the window: %.1f s in %d s = %.2f cores; per message sent in the window %.2f ms%n  so far: error frames %s, dashboards closed by the server %d, shopper sockets %d%n",
                name, rate, warmup.toSeconds(), duration.toSeconds(), load[0], load[1], r.sent.sum(), r.sentWarmup.sum(), delivered,
                stretch.errors(), Results.summary(r.shopperToAgent), r.slicesSummary(), Results.summary(r.ack),
                Results.summary(r.agentToShopper), Results.summary(r.sendLag), cpuMillis / 1000, duration.toSeconds(),
                cpuMillis / duration.toMillis(), cpuMillis / Math.max(1, r.sent.sum()),
                results.errorsByCode().isEmpty() ? "none" : results.errorsByCode(), dashboardsDropped.sum(), shopperSocketsDropped.sum()));
        return stretch;
    }

    // ------------------------------------------------------------------------------------------------ phase c

    private boolean knee() throws Exception {
        write(String.format("%n---- c) the knee: rate steps until p99 passes %.0f ms ----%n", settings.kneeP99Millis()));
        Integer knee = null;
        int lastBelow = 0;
        boolean first = true;
        for (int rate : settings.kneeRates()) {
            // the first step also lets the server finish what came before (after phase a: compiling, the burst's answers)
            Duration warmup = first ? settings.relayWarmup().plus(settings.kneeWarmup()) : settings.kneeWarmup();
            first = false;
            Relay step = measure("c" + rate, rate, warmup, settings.kneeDuration());
            double p99 = step.p99Micros() / 1000.0;
            if (p99 > settings.kneeP99Millis() || !step.clean()) {
                knee = rate;
                break;
            }
            lastBelow = rate;
        }
        String result = knee == null
                ? "p99 stayed below " + settings.kneeP99Millis() + " ms up to " + lastBelow + " msg/s (the last step)"
                : "p99 passes " + settings.kneeP99Millis() + " ms (or messages went missing) between " + lastBelow + " and " + knee + " msg/s";
        write("knee: " + result + "\n");
        verdicts.add("  info c: " + result);
        return true;
    }

    // ------------------------------------------------------------------------------------------------ phase d

    private boolean idleWidgets(ExecutorService pool) throws Exception {
        int count = settings.idleWidgets();
        long needed = count + settings.conversations() + agents.size() + 1000L;
        long limit = ServerProbe.openFilesLimit("self");
        if (limit >= 0 && limit < needed) {
            throw new IllegalStateException("open-files limit " + limit + " < " + needed + " sockets: run the driver under `ulimit -n "
                    + Math.max(65536, needed) + "` (the server inherits it)");
        }
        long heapBefore = probe.heapAfterGcKiB();
        int threadsBefore = probe.threads();
        int filesBefore = probe.openFiles();
        long t0 = System.nanoTime();
        Map<String, Long> failures = connectAll(pool, count, i -> {
            idle.add(openPage(settings.conversations() + i, false));
            return null;
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        int threadsConnected = probe.threads();
        long heapAfter = probe.heapAfterGcKiB();
        write(String.format("%n---- d) %d idle widgets next to %d conversations ----%nidle widgets: %d of %d open and welcomed in %.1f s"
                        + " (%d at a time); failures %s%nserver heap after full GC: %d MiB before, %d MiB with them = %.1f KiB per idle widget%n"
                        + "server threads: %d before, %d with them; open files %d before, %d with them; RSS %d MiB; load average %s%n",
                count, conversations.size(), idle.size(), count, seconds, settings.idleConnectParallel(), failures, heapBefore / 1024,
                heapAfter / 1024, (heapAfter - heapBefore) / (double) Math.max(1, idle.size()), threadsBefore, threadsConnected,
                filesBefore, probe.openFiles(), server.rssMiB(), Machine.loadAverage()));
        Relay during = measure("d", settings.relayRate(), settings.relayWarmup(), settings.relayDuration());
        write(String.format("  server threads at the end: %d; idle sockets closed by the server so far: %d%n", probe.threads(),
                shopperSocketsDropped.sum()));
        verdict(idle.size() == count && during.clean(), "d: " + idle.size() + " idle widgets, relay " + during.errors());
        return true;
    }

    private void write(String text) {
        out.print(text);
        try {
            Files.writeString(settings.server().workdir().resolve("results.txt"), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("[load] could not write results.txt: " + e);
        }
    }
}
