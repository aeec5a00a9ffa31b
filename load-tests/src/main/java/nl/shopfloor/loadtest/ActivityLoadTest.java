package nl.shopfloor.loadtest;

import static nl.shopfloor.loadtest.JsonSocket.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import nl.shopfloor.benchmarks.InviteBenchmark;

/**
 * Issue 10's activity load: {@code --pages} open shop pages (default 1,000) whose widgets report activity over their
 * sockets against the demo shop's 3 rules plus {@code --rules} more (default 100, the rules of {@link InviteBenchmark}),
 * and what it costs the server.
 *
 * <ol>
 * <li>Boot 1 makes the schema and the demo data on a fresh embedded H2 database; while no server runs the rules go in
 * over JDBC (the rule cache reads them at boot 2).</li>
 * <li>Boot 2, the measured server, trusting {@code X-Forwarded-For} from 127.0.0.1 so each page has an address of its
 * own. The demo agents go online, so a matching rule can really invite.</li>
 * <li>All pages connect and say hello; each welcome must say the shop has invites.</li>
 * <li>Idle baseline: the server's CPU over {@code --idle} seconds with every page open and silent (heartbeats only).</li>
 * <li>Every page sends an {@code activity} frame every {@code --interval} (random phase) — page types, product pages,
 * carts, scroll, idle and times that grow as a real page's do — for {@code --warmup} plus {@code --duration} seconds.
 * The server's CPU over the measured window, less the idle baseline, divided by the frames it received, is the cost of
 * one activity frame (parse, checks, evaluation of every rule, and when one invites: capacity, the exposure's insert
 * and the invite frame).</li>
 * </ol>
 * A page that got its invite keeps reporting; the server then parses and checks its frames but evaluates no more (one
 * invite per page view), so the report says how many invites went out. Everything runs on 127.0.0.1, every wait is
 * bounded and the whole run stops at {@code --time-limit}.
 */
public final class ActivityLoadTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int CLIENTS = 8;
    private static final String[] TYPES = {"product", "product", "product", "category", "category", "search", "cart", "faq", "account", "other"};

    private final int pages;
    private final int rules;
    private final Duration interval;
    private final Duration idle;
    private final Duration warmup;
    private final Duration duration;
    private final Duration profile;
    private final ServerFiles files;
    private final List<HttpClient> clients = new ArrayList<>();
    private final List<Page> open = new ArrayList<>();
    private final LongAdder sent = new LongAdder();
    private final LongAdder sentInWindow = new LongAdder();
    private final LongAdder invites = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final Map<String, LongAdder> errorCodes = new ConcurrentHashMap<>();
    private final LongAdder closes = new LongAdder();
    private volatile boolean inWindow;

    private ActivityLoadTest(Options options) {
        pages = options.positive("pages", "1000");
        rules = options.positive("rules", "100");
        interval = options.seconds("interval", "2");
        idle = options.seconds("idle", "30");
        warmup = options.seconds("warmup", "30");
        duration = options.seconds("duration", "60");
        profile = options.seconds("profile", "0");
        files = ServerFiles.from(options, "load-tests/target/activity", "-Xms1g -Xmx1g").checked();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        }
    }

    public static void main(String[] args) {
        Set<String> names = ServerFiles.optionNamesWith("pages", "rules", "interval", "idle", "warmup", "duration", "profile", "time-limit");
        Options options = TimeLimit.optionsOrExit(() -> Options.parse(args, names), """
                java -cp load-tests/target/benchmarks.jar nl.shopfloor.loadtest.ActivityLoadTest [--name=value ...]
                  --pages=1000     open shop pages (widget sockets)
                  --rules=100      invite rules besides the demo shop's 3
                  --interval=2     seconds between two activity frames of one page (the widget sends at most one per 2 s)
                  --idle=30        seconds of the idle baseline
                  --warmup=30      seconds of activity before the measured window
                  --duration=60    seconds of the measured window
                  --profile=0      seconds of a JFR profile of the server after the window (0: none)
                  --time-limit=900 seconds for the whole run
                """ + ServerFiles.USAGE);
        Duration limit = options.seconds("time-limit", "900");
        TimeLimit.exitAfter(limit, () -> new ActivityLoadTest(options).run());
    }

    private int run() throws Exception {
        Files.createDirectories(files.workdir());
        MicroServer.deleteTree(files.workdir().resolve("data"));
        System.out.printf("[load] %d pages, an activity frame every %.1f s each, %d rules + the demo's; idle %d s, warm-up %d s,"
                + " measured %d s; work dir %s%n", pages, interval.toMillis() / 1000.0, rules, idle.toSeconds(), warmup.toSeconds(),
                duration.toSeconds(), files.workdir());
        try (MicroServer first = MicroServer.start(files, "boot1")) {
            first.stop();
        }
        insertRules(MicroServer.h2Url(files));
        MicroServer server = MicroServer.start(files, "boot2", Map.of("SHOPFLOOR_TRUSTED_PROXIES", "127.0.0.1"));
        List<LoadAgent> agents = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
        try {
            Results ignored = new Results(duration);
            for (String username : LoadTeam.DEMO_AGENTS) {
                agents.add(LoadAgent.online(clients.get(0), server, username, new LoadAgent.Driver() {
                    @Override
                    public void arrived(LoadAgent agent, long receivedNanos, JsonObject frame) {
                    }

                    @Override
                    public void agentClosed(LoadAgent agent, int status, String reason) {
                        closes.increment();
                    }
                }, ignored, new ConcurrentHashMap<>(), false));
            }
            connect(server, pool);
            System.out.printf("[load] %d pages open, %d agents online%n", open.size(), agents.size());

            long idleCpu = cpuOver(server, idle);
            double idlePerSecond = idleCpu / (double) idle.toSeconds();
            System.out.printf("[load] idle baseline: %.1f ms server CPU per second (%s)%n", idlePerSecond, Machine.loadAverage());

            SplittableRandom phases = new SplittableRandom(11);
            List<ScheduledFuture<?>> reporting = new ArrayList<>();
            for (Page page : open) {
                reporting.add(scheduler.scheduleWithFixedDelay(page::report, phases.nextLong(interval.toMillis()), interval.toMillis(),
                        TimeUnit.MILLISECONDS));
            }
            Thread.sleep(warmup.toMillis());
            String loadBefore = Machine.loadAverage();
            inWindow = true;
            long windowCpu = cpuOver(server, duration);
            inWindow = false;
            String loadAfter = Machine.loadAverage();
            String hot = "";
            if (!profile.isZero()) {
                java.nio.file.Path recording = files.workdir().resolve("activity.jfr");
                Files.deleteIfExists(recording);
                ServerProbe probe = new ServerProbe(server.pid());
                probe.startRecording(recording);
                Thread.sleep(profile.toMillis());
                probe.stopRecording();
                hot = Files.exists(recording) ? JfrHotFrames.report(recording, 25) : "no recording written";
            }
            reporting.forEach(task -> task.cancel(false));

            long frames = sentInWindow.sum();
            double framesPerSecond = frames / (double) duration.toSeconds();
            double netMillis = windowCpu - idlePerSecond * duration.toSeconds();
            double microsPerFrame = frames == 0 ? Double.NaN : netMillis * 1000 / frames;
            System.out.printf("%n[result] %d pages, %d rules + 3 demo rules, window %d s (load %s at its start, %s at its end)%n",
                    open.size(), rules, duration.toSeconds(), loadBefore, loadAfter);
            System.out.printf("[result] activity frames sent in the window: %d (%.0f/s); in all %d; invites received %d%n", frames,
                    framesPerSecond, sent.sum(), invites.sum());
            System.out.printf("[result] server CPU in the window %d ms, idle baseline %.0f ms/s: %.0f ms for the activity ="
                    + " %.0f us per frame, about %.0f frames/s per core%n", windowCpu, idlePerSecond, netMillis, microsPerFrame,
                    1_000_000 / microsPerFrame);
            System.out.printf("[result] error frames %d %s, sockets closed by the server %d%n", errors.sum(), errorCodes, closes.sum());
            if (!hot.isEmpty()) {
                System.out.printf("[result] profile of the server over %d s more of the same activity (JFR, a sample every 10 ms):%n%s%n",
                        profile.toSeconds(), hot);
            }
            return errors.sum() == 0 && closes.sum() == 0 ? 0 : 1;
        } finally {
            scheduler.shutdownNow();
            open.forEach(page -> page.socket.close());
            agents.forEach(LoadAgent::close);
            pool.shutdownNow();
            server.close();
            System.out.println("[load] server stopped; log: " + server.log());
        }
    }

    private static long cpuOver(MicroServer server, Duration period) throws InterruptedException {
        long before = server.cpu().toMillis();
        Thread.sleep(period.toMillis());
        return server.cpu().toMillis() - before;
    }

    private void insertRules(String jdbcUrl) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "shopfloor", "shopfloor")) {
            db.setAutoCommit(false);
            boolean hasRef = hasColumn(db, "INVITE_RULE", "REF");
            try (PreparedStatement rule = db.prepareStatement("INSERT INTO invite_rule (id, shop_id, name, enabled, priority, conditions_json,"
                    + " delay_seconds, display_seconds, presenter, presenter_ref, cap_per_session, cap_per_day, days_after_dismiss,"
                    + " min_gap_seconds, split_mode, control_share, min_share, updated_at" + (hasRef ? ", ref" : "")
                    + ") VALUES (?, 'demo', ?, TRUE, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP" + (hasRef ? ", ?" : "") + ")");
                 PreparedStatement variant = db.prepareStatement("INSERT INTO invite_variant (rule_id, variant_no, ref, kind, share_percent,"
                         + " text_en, text_nl, placeholder_en, placeholder_nl) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rules; i++) {
                    var source = InviteBenchmark.rule(i);
                    String id = "load-rule-" + i;
                    rule.setString(1, id);
                    rule.setString(2, "Load rule " + i);
                    rule.setInt(3, source.priority());
                    rule.setString(4, source.conditions());
                    rule.setLong(5, source.delay().toSeconds());
                    rule.setLong(6, source.display().toSeconds());
                    rule.setString(7, source.presenter().name());
                    setOrNull(rule, 8, source.caps().perSession());
                    setOrNull(rule, 9, source.caps().perDay());
                    setOrNull(rule, 10, source.caps().daysAfterDismiss());
                    setOrNull(rule, 11, source.caps().minGap() == null ? null : (int) source.caps().minGap().toSeconds());
                    rule.setString(12, source.splitMode().name());
                    rule.setInt(13, source.controlShare());
                    rule.setInt(14, source.minShare());
                    if (hasRef) {
                        rule.setString(15, id);
                    }
                    rule.addBatch();
                    int no = 0;
                    for (var v : source.variants()) {
                        variant.setString(1, id);
                        variant.setInt(2, no++);
                        variant.setString(3, v.ref());
                        variant.setString(4, v.kind().name());
                        variant.setInt(5, v.share());
                        variant.setString(6, v.textEn());
                        variant.setString(7, v.textNl());
                        variant.setString(8, v.placeholderEn());
                        variant.setString(9, v.placeholderNl());
                        variant.addBatch();
                    }
                }
                rule.executeBatch();
                variant.executeBatch();
            }
            db.commit();
        }
    }

    private static boolean hasColumn(Connection db, String table, String column) throws SQLException {
        try (ResultSet columns = db.getMetaData().getColumns(null, null, table, column)) {
            return columns.next();
        }
    }

    private static void setOrNull(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private void connect(MicroServer server, ExecutorService pool) throws Exception {
        List<Future<Page>> connecting = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            int index = i;
            connecting.add(pool.submit(() -> {
                Page page = new Page(index);
                page.socket = JsonSocket.connect(clients.get(index % CLIENTS), "page " + index, server.wsUri("/ws/shopper?shop=demo"),
                        Map.of("Origin", server.origin(), "X-Forwarded-For", page.address()), page);
                page.socket.sendAsync(DemoShop.hello(server.origin(), index));
                JsonObject welcome = page.welcome.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                if (!welcome.getBoolean("invites", false)) {
                    throw new IllegalStateException("the welcome does not say the shop has invites: " + welcome);
                }
                return page;
            }));
        }
        for (Future<Page> page : connecting) {
            open.add(page.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS));
        }
    }

    /** One shop page: its browsing, as the widget's activity.js reports it. */
    private final class Page implements JsonSocket.Handler {
        final int index;
        final CompletableFuture<JsonObject> welcome = new CompletableFuture<>();
        final SplittableRandom random;
        final String session;
        final long openedNanos = System.nanoTime();
        JsonSocket socket;
        int views = 1;
        long pageSince = System.nanoTime();
        long lastMoveNanos = System.nanoTime();
        String type;
        String product;

        Page(int index) {
            this.index = index;
            this.random = new SplittableRandom(index);
            this.session = "load-session-" + index;
            navigate();
        }

        String address() {
            return DemoShop.address(index);
        }

        /** Now and then the shopper opens another page of the shop. */
        private void navigate() {
            type = TYPES[random.nextInt(TYPES.length)];
            product = type.equals("product") ? "P-" + random.nextInt(5000) : null;
            pageSince = System.nanoTime();
            lastMoveNanos = pageSince;
        }

        void report() {
            if (!socket.isOpen()) {
                return;
            }
            if (random.nextInt(20) == 0) {
                views++;
                navigate();
            } else if (random.nextInt(3) == 0) {
                lastMoveNanos = System.nanoTime();
            }
            long now = System.nanoTime();
            JsonObjectBuilder page = JSON.createObjectBuilder()
                    .add("url", "https://shop.example/" + type + "/" + (product == null ? index : product))
                    .add("type", type)
                    .add("onPage", TimeUnit.NANOSECONDS.toSeconds(now - pageSince))
                    .add("idle", TimeUnit.NANOSECONDS.toSeconds(now - lastMoveNanos))
                    .add("scroll", random.nextInt(101))
                    .add("addedToCart", false)
                    .add("exitIntent", random.nextInt(50) == 0);
            if (product != null) {
                page.add("productId", product).add("price", 100 + random.nextInt(2000))
                        .add("stock", random.nextInt(10) == 0 ? "out_of_stock" : "in_stock");
            }
            JsonObjectBuilder visit = JSON.createObjectBuilder()
                    .add("onSite", TimeUnit.NANOSECONDS.toSeconds(now - openedNanos))
                    .add("views", views)
                    .add("device", index % 3 == 0 ? "mobile" : "desktop")
                    .add("returning", index % 4 == 0);
            if (index % 5 == 0) {
                visit.add("cart", JSON.createObjectBuilder().add("value", 50 + index % 900).add("items", 1 + index % 4));
            }
            socket.sendAsync(JSON.createObjectBuilder().add("type", "activity").add("session", session).add("page", page).add("visit", visit)
                    .build());
            sent.increment();
            if (inWindow) {
                sentInWindow.increment();
            }
        }

        @Override
        public void frame(JsonSocket socket, long receivedNanos, JsonObject frame) {
            switch (frame.getString("type", "")) {
                case "welcome" -> welcome.complete(frame);
                case "invite" -> invites.increment();
                case "error" -> {
                    errors.increment();
                    errorCodes.computeIfAbsent(frame.getString("code", "?") + ": " + frame.getString("message", ""), key -> new LongAdder())
                            .increment();
                }
                default -> {
                }
            }
        }

        @Override
        public void closed(JsonSocket socket, int status, String reason) {
            closes.increment();
            welcome.completeExceptionally(new IllegalStateException("closed " + status + " " + reason));
        }
    }
}
