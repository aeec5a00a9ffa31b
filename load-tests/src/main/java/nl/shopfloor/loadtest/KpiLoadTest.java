package nl.shopfloor.loadtest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Issue 9's KPI benchmark on MariaDB: a year of a shop like the reference customer — {@code --chats} 60,000 chats,
 * {@code --orders} 250,000 orders, {@code --sessions} 5,000,000 web sessions — then the KPI view for periods from a
 * day to a year, {@code --repeats} times each, and the import throughput of the order batch API.
 *
 * <p>Chats, visitors and sessions go into the database over JDBC while no server runs (they come from widgets, not
 * from an API); the orders go through {@code POST /api/v1/orders/batch} in batches of {@code --batch} 5,000, timed.
 * One order in 26 is placed by a visitor or customer who chatted, up to 10 days after the chat (about one order per
 * six chats, the reference customer's 15.53 %); the rest by anonymous shoppers or customers. The chats have the demo
 * agents (in three teams), three topics, origins (7 in 10 reactive, 2 team page, 1 own agent) and pages in seven
 * categories; a third of the answered ones are rated. Each view is measured without a filter and with each kind of
 * filter (kpi K9), and with all five at once.
 * Fixed seed: every run builds the same shop. The database {@code --database} (default shopfloor_kpi_bench) is dropped
 * and made anew on 127.0.0.1:3306 as root; the server reaches it as shopfloor/shopfloor.
 */
public final class KpiLoadTest {

    private static final String[] AGENTS = {"sanne", "mehmet", "jeroen", "lisa", "pieter"};
    private static final String[] TOPICS = {"order", "product", "service"};
    private static final String[] CATEGORIES = {"laptops", "monitors", "printers", "accessoires", "faq", "cart", "service"};
    /** Each kind of KPI filter (kpi K9) the views are measured with; the demo agents are in the demo teams. */
    private static final String[][] FILTERS = {{"none", ""}, {"team", "&team=inside-sales"}, {"agent", "&agent=jeroen"},
            {"topic", "&topic=product"}, {"page", "&page=%2Flaptops%2F"}, {"origin", "&origin=team-page"},
            {"all five", "&team=inside-sales&agent=jeroen&topic=product&page=%2Flaptops%2F&origin=team-page"}};
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ServerFiles files;
    private final String database;
    private final int chats;
    private final int orders;
    private final long sessions;
    private final int batch;
    private final int repeats;
    private final Random random = new Random(20261202);
    private final Instant now = Instant.now();
    private final List<String[]> chatters = new ArrayList<>(); // visitor, customer or null, started (epoch ms)
    private final StringBuilder report = new StringBuilder();

    private KpiLoadTest(Options options) {
        this.files = ServerFiles.from(options, "load-tests/target/kpi", "-Xms1g -Xmx1g").checked();
        this.database = options.value("database", "shopfloor_kpi_bench");
        this.chats = options.positive("chats", "60000");
        this.orders = options.positive("orders", "250000");
        this.sessions = Long.parseLong(options.value("sessions", "5000000"));
        this.batch = options.positive("batch", "5000");
        this.repeats = options.positive("repeats", "20");
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args, ServerFiles.optionNamesWith("database", "chats", "orders", "sessions", "batch", "repeats"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage() + "\nKpiLoadTest [--database=shopfloor_kpi_bench] [--chats=60000] [--orders=250000]"
                    + " [--sessions=5000000] [--batch=5000] [--repeats=20]\n" + ServerFiles.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new KpiLoadTest(options).run());
    }

    private int run() throws Exception {
        Files.createDirectories(files.workdir());
        write("==== Shopfloor KPI views on a year of data (KpiLoadTest) ====\nwhen: " + now + "; MariaDB database " + database
                + "; " + Machine.cores() + " cores, Java " + System.getProperty("java.version"));
        MariaDb mariaDb = new MariaDb(database);
        mariaDb.fresh();
        Map<String, String> env = mariaDb.serverEnv();
        try (MicroServer first = MicroServer.start(files, "kpi-boot1", env)) {
            write("boot 1: schema and demo data");
        }
        long began = System.nanoTime();
        generateChatsAndSessions();
        write(String.format("generated over JDBC: %,d chats of %,d visitors, %,d web sessions over 365 days in %.1f s", chats,
                chats * 2 / 3, sessions, (System.nanoTime() - began) / 1e9));
        try (MicroServer server = MicroServer.start(files, "kpi-boot2", env)) {
            String key = key(server);
            importOrders(server, key);
            measureViews(server, key);
        }
        Files.writeString(files.workdir().resolve("results.txt"), report, StandardCharsets.UTF_8);
        System.out.println("[load] written: " + files.workdir().resolve("results.txt"));
        return 0;
    }

    /** Visitors (a third of them known customers) and their chats, spread over the last 365 days; sessions per day. */
    private void generateChatsAndSessions() throws SQLException {
        try (Connection db = DriverManager.getConnection(new MariaDb(database).url() + "?rewriteBatchedStatements=true",
                MariaDb.USER, MariaDb.PASSWORD)) {
            db.setAutoCommit(false);
            try (PreparedStatement visitor = db.prepareStatement("INSERT INTO visitor (id, shop_id, language, first_seen_at,"
                    + " last_seen_at, customer_ref) VALUES (?, 'demo', 'nl', ?, ?, ?)");
                 PreparedStatement chat = db.prepareStatement("INSERT INTO conversation (id, shop_id, visitor_id, agent_username,"
                         + " status, visitor_name, topic, language, started_at, closed_at, last_seq, assigned_at, first_response_at,"
                         + " origin, page_url) VALUES (?, 'demo', ?, ?, 'CLOSED', 'Bench', ?, 'nl', ?, ?, 3, ?, ?, ?, ?)");
                 PreparedStatement survey = db.prepareStatement("INSERT INTO survey (conversation_id, shop_id, agent_username,"
                         + " rating, answered_at) VALUES (?, 'demo', ?, ?, ?)")) {
                int visitors = chats * 2 / 3;
                String[][] people = new String[visitors][];
                for (int i = 0; i < visitors; i++) {
                    String customer = i % 3 == 0 ? "C-" + random.nextInt(15000) : null;
                    people[i] = new String[]{"bench-v-" + i, customer};
                    Timestamp first = Timestamp.from(now.minus(Duration.ofDays(365)));
                    visitor.setString(1, people[i][0]);
                    visitor.setTimestamp(2, first);
                    visitor.setTimestamp(3, first);
                    visitor.setString(4, customer);
                    visitor.addBatch();
                    if (i % 5000 == 4999) {
                        visitor.executeBatch();
                    }
                }
                visitor.executeBatch();
                for (int i = 0; i < chats; i++) {
                    String[] person = people[random.nextInt(visitors)];
                    Instant started = now.minusSeconds(60 + (long) (random.nextDouble() * 365 * 86400));
                    Instant answered = random.nextInt(20) == 0 ? null : started.plusSeconds(3 + random.nextInt(60));
                    String agent = AGENTS[random.nextInt(AGENTS.length)];
                    Instant closed = started.plusSeconds(120 + random.nextInt(1800));
                    chat.setString(1, "bench-c-" + i);
                    chat.setString(2, person[0]);
                    chat.setString(3, agent);
                    chat.setString(4, TOPICS[random.nextInt(TOPICS.length)]);
                    chat.setTimestamp(5, Timestamp.from(started));
                    chat.setTimestamp(6, Timestamp.from(closed));
                    chat.setTimestamp(7, Timestamp.from(started));
                    chat.setTimestamp(8, answered == null ? null : Timestamp.from(answered));
                    int origin = random.nextInt(10); // 7 in 10 by the contact button, 2 from the team page, 1 their own agent
                    chat.setString(9, origin < 7 ? "REACTIVE" : origin < 9 ? "TEAM_PAGE" : "OWN_AGENT");
                    chat.setString(10, "https://www.demo-ict.example/" + CATEGORIES[random.nextInt(CATEGORIES.length)] + "/item-" + random.nextInt(400));
                    chat.addBatch();
                    if (answered != null && random.nextInt(3) == 0) { // a third of the answered chats are rated
                        survey.setString(1, "bench-c-" + i);
                        survey.setString(2, agent);
                        survey.setInt(3, 1 + random.nextInt(5));
                        survey.setTimestamp(4, Timestamp.from(closed.plusSeconds(30)));
                        survey.addBatch();
                    }
                    chatters.add(new String[]{person[0], person[1], Long.toString(started.toEpochMilli())});
                    if (i % 5000 == 4999) {
                        chat.executeBatch();
                        survey.executeBatch();
                    }
                }
                chat.executeBatch();
                survey.executeBatch();
            }
            try (PreparedStatement day = db.prepareStatement("INSERT INTO web_sessions (shop_id, session_day, source, sessions)"
                    + " VALUES ('demo', ?, 'WIDGET', ?)")) {
                LocalDate today = LocalDate.now(ZONE);
                for (int i = 0; i < 365; i++) {
                    day.setObject(1, today.minusDays(i));
                    day.setLong(2, sessions / 365 + (i == 0 ? sessions % 365 : 0));
                    day.addBatch();
                }
                day.executeBatch();
            }
            db.commit();
        }
    }

    private String key(MicroServer server) throws IOException, InterruptedException {
        String cookie = FormLogin.cookie(server, "admin");
        HttpResponse<String> made = http().send(HttpRequest.newBuilder(server.baseUri().resolve("/api/keys"))
                        .header("Cookie", cookie).header("Content-Type", "application/json").header("Origin", server.origin())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"scope\": \"write\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (made.statusCode() != 201) {
            throw new IllegalStateException("POST /api/keys: HTTP " + made.statusCode() + " " + made.body());
        }
        String body = made.body();
        int at = body.indexOf("\"key\":\"") + 7;
        return body.substring(at, body.indexOf('"', at));
    }

    /** Orders through the batch API, timed: the import throughput. */
    private void importOrders(MicroServer server, String key) throws IOException, InterruptedException {
        long began = System.nanoTime();
        List<Double> perBatch = new ArrayList<>();
        for (int from = 0; from < orders; from += batch) {
            StringJoiner json = new StringJoiner(", ", "{\"mode\": \"all\", \"orders\": [", "]}");
            for (int i = from; i < Math.min(orders, from + batch); i++) {
                json.add(order(i));
            }
            long sent = System.nanoTime();
            HttpResponse<String> answer = http().send(HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/orders/batch"))
                    .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("batch from " + from + ": HTTP " + answer.statusCode() + " "
                        + answer.body().substring(0, Math.min(500, answer.body().length())));
            }
            perBatch.add((System.nanoTime() - sent) / 1e9);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        double[] sorted = perBatch.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        write(String.format("import: %,d orders in %d batches of %,d in %.1f s = %,.0f orders/s; per batch median %.2f s, max %.2f s",
                orders, perBatch.size(), batch, seconds, orders / seconds, sorted[sorted.length / 2], sorted[sorted.length - 1]));
    }

    /** One in 26 by someone who chatted, placed up to 10 days after the chat; the rest anonymous or by customers. */
    private String order(int i) {
        String visitor = null;
        String customer = null;
        Instant placed;
        if (i % 26 == 0) { // about one order per six chats, as at the reference customer (15.53 %)
            String[] chatter = chatters.get(random.nextInt(chatters.size()));
            visitor = chatter[0];
            customer = chatter[1];
            Instant started = Instant.ofEpochMilli(Long.parseLong(chatter[2]));
            long room = Math.min(10 * 86400L, Duration.between(started, now).toSeconds() - 1); // never in the future
            placed = started.plusSeconds((long) (random.nextDouble() * room));
        } else {
            placed = now.minusSeconds(1 + (long) (random.nextDouble() * 365 * 86400));
            customer = random.nextInt(3) == 0 ? "C-" + random.nextInt(15000) : null;
        }
        int cents = 5000 + random.nextInt(120000);
        String total = cents / 100 + "." + String.format("%02d", cents % 100);
        String status = random.nextInt(20) == 0 ? "cancelled" : random.nextInt(20) == 0 ? "refunded" : "paid";
        return "{\"id\": \"bench-o-" + i + "\"" + (visitor == null ? "" : ", \"visitor\": \"" + visitor + "\"")
                + (customer == null ? "" : ", \"customer\": \"" + customer + "\"") + ", \"totalExclVat\": " + total
                + ", \"totalInclVat\": " + total + ", \"currency\": \"EUR\", \"placedAt\": \"" + placed + "\", \"status\": \"" + status
                + "\", \"lines\": [{\"sku\": \"SKU-" + (i % 700) + "\", \"name\": \"Item\", \"quantity\": 1, \"price\": " + total + "}]}";
    }

    private void measureViews(MicroServer server, String key) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(ZONE);
        int[] periods = {1, 7, 30, 90, 365};
        for (int warm = 0; warm < 3; warm++) {
            for (String[] filter : FILTERS) {
                view(server, key, today.minusDays(364), today, filter[1]); // compile before measuring
            }
        }
        for (String[] filter : FILTERS) {
            for (int days : periods) {
                double[] millis = new double[repeats];
                String last = null;
                for (int r = 0; r < repeats; r++) {
                    Timed view = view(server, key, today.minusDays(days - 1), today, filter[1]);
                    last = view.body();
                    millis[r] = view.millis();
                }
                Arrays.sort(millis);
                write(String.format("KPI view, filter %-8s, last %3d days: p50 %6.0f ms, p95 %6.0f ms, max %6.0f ms (%d calls); %s", filter[0],
                        days, millis[repeats / 2], millis[(int) Math.ceil(repeats * 0.95) - 1], millis[repeats - 1], repeats, summary(last)));
            }
            write(String.format("load average after filter %s: %s", filter[0], Machine.loadAverage()));
        }
    }

    private record Timed(String body, double millis) {
    }

    /** One view, timed; a 429 (600 calls a minute per key: fast views get there) waits out its Retry-After, untimed. */
    private Timed view(MicroServer server, String key, LocalDate from, LocalDate to, String filter) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/kpi?from=" + from + "&to=" + to + filter))
                .timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + key).GET().build();
        long sent = System.nanoTime();
        HttpResponse<String> answer = http().send(request, HttpResponse.BodyHandlers.ofString());
        while (answer.statusCode() == 429) {
            Thread.sleep(1000L * answer.headers().firstValueAsLong("Retry-After").orElse(5));
            sent = System.nanoTime();
            answer = http().send(request, HttpResponse.BodyHandlers.ofString());
        }
        double millis = (System.nanoTime() - sent) / 1e6;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/kpi: HTTP " + answer.statusCode() + " " + answer.body());
        }
        return new Timed(answer.body(), millis);
    }

    private static String summary(String json) {
        StringBuilder out = new StringBuilder();
        for (String field : List.of("conversations", "sessions", "orders", "creditedOrders", "chatConversion", "siteConversion",
                "chatAverageOrderValue", "siteAverageOrderValue", "answers")) {
            int at = json.indexOf("\"" + field + "\":");
            if (at >= 0) {
                int end = json.indexOf(',', at);
                out.append(json, at + 1, end < 0 ? json.length() : end).append(' ');
            }
        }
        return out.toString().replace("\"", "").trim();
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private void write(String line) {
        System.out.println(line);
        report.append(line).append('\n');
    }
}
