package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The A/B results of an invite rule (invites I11) on the page, in the CSV and from the shop API, against figures worked
 * out here from the generated rows alone: a rule with a control group and variants A and B, its exposures and the
 * chats that answered them written over JDBC (the widget writes them in production), the orders sent through the
 * shop API. Some visitors are exposed twice (once in another arm: they stay in the first), some orders fall before the
 * first exposure or after the attribution window, one is cancelled, and exposures outside the period are left out.
 * Seed assumptions: demo shop "demo" (Europe/Amsterdam, attribution 7 days), supervisor anouk, admin.
 */
class InviteResultsIT {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    static final LocalDate TO = FROM.plusDays(6);
    static final String PERIOD = "?from=" + FROM + "&to=" + TO;
    static final Duration WINDOW = Duration.ofDays(7);
    /** z at 1 − 0.05 / 2 / 2: two variants, Bonferroni (scipy 1.17 norm.ppf(0.9875)) */
    static final double Z_CORRECTED = 2.241402727604947;
    static final double Z = 1.959963984540054;
    static final String[] ARMS = {null, "A", "B"};
    static final int[] VISITORS = {150, 160, 140};
    static final int[] BUYERS = {6, 30, 7};

    record Exposure(String id, String arm, String visitor, Instant offered, boolean shown, boolean clicked, boolean dismissed, String chat) {
    }

    record Order(String visitor, BigDecimal total, String status, Instant placed) {
    }

    record Expected(long visitors, long shown, long clicked, long dismissed, long chats, long buyers, long orders, BigDecimal revenue) {

        double conversion() {
            return (double) buyers / visitors;
        }

        double revenuePerVisitor() {
            return revenue.doubleValue() / visitors;
        }
    }

    static ShopfloorServer server;
    static Supervisor anouk;
    static ShopBackend shop;
    static String rule;
    static final List<Exposure> exposures = new ArrayList<>();
    static final List<Order> orders = new ArrayList<>();

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        Supervisor admin = new Supervisor(server, "admin");
        anouk = Supervisor.anouk(server);
        shop = ShopBackend.withWriteKey(server, admin, "invite results test");
        rule = "ir-" + UUID.randomUUID().toString().substring(0, 8);
        generate();
        write();
        for (Order order : orders) {
            shop.put(ShopBackend.order(order.visitor(), null, order.total().toPlainString(), order.status(), order.placed()), 201);
        }
    }

    /** Visitor i of an arm: exposed at its own minute of the period; the first BUYERS of each arm order within the window. */
    private static void generate() {
        Instant start = FROM.atStartOfDay(ZONE).toInstant().plus(Duration.ofHours(2));
        int n = 0;
        for (int a = 0; a < ARMS.length; a++) {
            for (int i = 0; i < VISITORS[a]; i++) {
                String visitor = "irv-" + rule + "-" + a + "-" + i;
                Instant offered = start.plus(Duration.ofMinutes(17L * n++));
                boolean invited = ARMS[a] != null;
                boolean shown = invited && i % 10 != 0;
                boolean clicked = shown && i % 4 == 0;
                boolean dismissed = shown && !clicked && i % 3 == 0;
                String chat = clicked && i % 8 == 0 ? "irc-" + UUID.randomUUID() : null;
                exposures.add(new Exposure("ire-" + UUID.randomUUID(), ARMS[a], visitor, offered, shown, clicked, dismissed, chat));
                if (i % 10 == 5) {
                    // again, an hour later, in the same arm: shown this time
                    exposures.add(new Exposure("ire-" + UUID.randomUUID(), ARMS[a], visitor, offered.plus(Duration.ofHours(1)), invited, false, false, null));
                } else if (i % 10 == 0) {
                    // again in another arm (the split changed): the visitor stays in the first
                    exposures.add(new Exposure("ire-" + UUID.randomUUID(), ARMS[(a + 1) % ARMS.length], visitor,
                            offered.plus(Duration.ofHours(2)), true, false, true, null));
                }
                if (i < BUYERS[a]) {
                    orders.add(new Order(visitor, new BigDecimal("20.00").add(new BigDecimal("3.50").multiply(BigDecimal.valueOf(i))), "paid",
                            offered.plus(Duration.ofDays(1))));
                    if (i % 3 == 0) {
                        orders.add(new Order(visitor, new BigDecimal("15.25"), "placed", offered.plus(Duration.ofDays(3))));
                    }
                    if (i == 1) {
                        orders.add(new Order(visitor, new BigDecimal("999.00"), "cancelled", offered.plus(Duration.ofDays(2))));
                    }
                } else if (i < BUYERS[a] + 3) {
                    orders.add(new Order(visitor, new BigDecimal("500.00"), "paid", offered.minus(Duration.ofHours(1))));
                    orders.add(new Order(visitor, new BigDecimal("600.00"), "paid", offered.plus(WINDOW).plus(Duration.ofHours(1))));
                }
            }
        }
        // before and after the period: not counted
        exposures.add(new Exposure("ire-" + UUID.randomUUID(), "A", "irv-" + rule + "-early", start.minus(Duration.ofDays(3)), true, true, false, null));
        exposures.add(new Exposure("ire-" + UUID.randomUUID(), null, "irv-" + rule + "-late", TO.plusDays(1).atStartOfDay(ZONE).toInstant(),
                false, false, false, null));
    }

    private static void write() throws Exception {
        try (Connection db = server.jdbc();
             PreparedStatement insertRule = db.prepareStatement("INSERT INTO invite_rule (id, shop_id, name, enabled, priority, conditions_json,"
                     + " delay_seconds, display_seconds, presenter, split_mode, control_share, min_share, updated_at, ref)"
                     + " VALUES (?, 'demo', ?, FALSE, 1, '{\"type\":\"all\",\"of\":[]}', 0, 20, 'ROUTED', 'FIXED', 30, 0, ?, ?)");
             PreparedStatement variant = db.prepareStatement("INSERT INTO invite_variant (rule_id, variant_no, ref, kind, share_percent,"
                     + " text_en, text_nl) VALUES (?, ?, ?, 'TEXT', 50, 'Can we help?', 'Kunnen we helpen?')");
             PreparedStatement visitor = db.prepareStatement("INSERT INTO visitor (id, shop_id, language, first_seen_at, last_seen_at)"
                     + " VALUES (?, 'demo', 'en', ?, ?)");
             PreparedStatement chat = db.prepareStatement("INSERT INTO conversation (id, shop_id, visitor_id, status, visitor_name, topic,"
                     + " language, started_at, closed_at, last_seq, origin, invite_id) VALUES (?, 'demo', ?, 'CLOSED', 'Ab', 'order', 'en', ?, ?, 1, 'PROACTIVE', ?)");
             PreparedStatement exposure = db.prepareStatement("INSERT INTO invite_exposure (id, shop_id, rule_id, variant_ref, visitor_id,"
                     + " offered_at, shown_at, clicked_at, dismissed_at, conversation_id) VALUES (?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insertRule.setString(1, rule);
            insertRule.setString(2, "A/B " + rule);
            insertRule.setTimestamp(3, Timestamp.from(Instant.now()));
            insertRule.setString(4, rule);
            insertRule.executeUpdate();
            for (int v = 0; v < 2; v++) {
                variant.setString(1, rule);
                variant.setInt(2, v);
                variant.setString(3, ARMS[v + 1]);
                variant.executeUpdate();
            }
            Set<String> visitors = new HashSet<>();
            for (Exposure e : exposures) {
                Timestamp at = Timestamp.from(e.offered());
                if (visitors.add(e.visitor())) {
                    visitor.setString(1, e.visitor());
                    visitor.setTimestamp(2, at);
                    visitor.setTimestamp(3, at);
                    visitor.addBatch();
                }
            }
            visitor.executeBatch();
            for (Exposure e : exposures) {
                Timestamp at = Timestamp.from(e.offered());
                Timestamp later = Timestamp.from(e.offered().plusSeconds(30));
                if (e.chat() != null) {
                    chat.setString(1, e.chat());
                    chat.setString(2, e.visitor());
                    chat.setTimestamp(3, later);
                    chat.setTimestamp(4, Timestamp.from(e.offered().plusSeconds(600)));
                    chat.setString(5, e.id());
                    chat.addBatch();
                }
                exposure.setString(1, e.id());
                exposure.setString(2, rule);
                exposure.setString(3, e.arm());
                exposure.setString(4, e.visitor());
                exposure.setTimestamp(5, at);
                exposure.setTimestamp(6, e.shown() ? later : null);
                exposure.setTimestamp(7, e.clicked() ? later : null);
                exposure.setTimestamp(8, e.dismissed() ? later : null);
                exposure.setString(9, e.chat());
                exposure.addBatch();
            }
            chat.executeBatch();
            exposure.executeBatch();
        }
    }

    /** Per arm, from the rows above: first exposure in the period decides the arm; orders from then until the window after. */
    static Map<String, Expected> expected() {
        Instant from = FROM.atStartOfDay(ZONE).toInstant();
        Instant to = TO.plusDays(1).atStartOfDay(ZONE).toInstant();
        Map<String, List<Exposure>> byVisitor = new LinkedHashMap<>();
        exposures.stream().filter(e -> !e.offered().isBefore(from) && e.offered().isBefore(to))
                .forEach(e -> byVisitor.computeIfAbsent(e.visitor(), v -> new ArrayList<>()).add(e));
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        for (List<Exposure> theirs : byVisitor.values()) {
            Exposure first = theirs.stream().min(Comparator.comparing(Exposure::offered)).orElseThrow();
            String arm = first.arm() == null ? "" : first.arm();
            long[] c = counts.computeIfAbsent(arm, k -> new long[7]);
            c[0]++;
            c[1] += theirs.stream().anyMatch(Exposure::shown) ? 1 : 0;
            c[2] += theirs.stream().anyMatch(Exposure::clicked) ? 1 : 0;
            c[3] += theirs.stream().anyMatch(Exposure::dismissed) ? 1 : 0;
            c[4] += theirs.stream().anyMatch(e -> e.chat() != null) ? 1 : 0;
            List<Order> counted = orders.stream().filter(o -> o.visitor().equals(first.visitor()) && !o.status().equals("cancelled")
                    && !o.placed().isBefore(first.offered()) && o.placed().isBefore(first.offered().plus(WINDOW))).toList();
            c[5] += counted.isEmpty() ? 0 : 1;
            c[6] += counted.size();
            revenue.merge(arm, counted.stream().map(Order::total).reduce(BigDecimal.ZERO, BigDecimal::add), BigDecimal::add);
        }
        Map<String, Expected> expected = new LinkedHashMap<>();
        counts.forEach((arm, c) -> expected.put(arm, new Expected(c[0], c[1], c[2], c[3], c[4], c[5], c[6], revenue.get(arm))));
        return expected;
    }

    static double[] wilson(long k, long n, double z) {
        double p = (double) k / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
        return new double[]{centre - half, centre + half};
    }

    /** Newcombe's hybrid score interval of p1 − p2. */
    static double[] newcombe(Expected one, Expected two, double z) {
        double p1 = one.conversion();
        double p2 = two.conversion();
        double[] w1 = wilson(one.buyers(), one.visitors(), z);
        double[] w2 = wilson(two.buyers(), two.visitors(), z);
        return new double[]{p1 - p2 - Math.sqrt(Math.pow(p1 - w1[0], 2) + Math.pow(w2[1] - p2, 2)),
            p1 - p2 + Math.sqrt(Math.pow(w1[1] - p1, 2) + Math.pow(p2 - w2[0], 2))};
    }

    @Test
    void theApiGivesEachArmsFiguresIntervalsAndTheVerdict() {
        Map<String, Expected> expected = expected();
        assertThat(expected.keySet()).containsExactly("", "A", "B");
        assertThat(expected.get("A").buyers()).isEqualTo(30);
        JsonObject results = shop.get("/api/v1/invite-results" + PERIOD);
        assertThat(results.getInt("attributionDays")).as("seed: 7 days").isEqualTo(7);
        JsonObject mine = results.getJsonArray("rules").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("rule").equals(rule)).findFirst().orElseThrow();
        assertThat(mine.getString("optimise")).as("I11 the default").isEqualTo("conversion");
        List<JsonObject> arms = mine.getJsonArray("arms").stream().map(JsonObject.class::cast).toList();
        assertThat(arms).extracting(arm -> arm.isNull("variant") ? "" : arm.getString("variant")).containsExactly("", "A", "B");
        Expected control = expected.get("");
        for (JsonObject arm : arms) {
            Expected e = expected.get(arm.isNull("variant") ? "" : arm.getString("variant"));
            String as = "I11 arm " + arm.get("variant");
            assertThat(new long[]{arm.getInt("visitors"), arm.getInt("shown"), arm.getInt("clicked"), arm.getInt("dismissed"),
                arm.getInt("chats"), arm.getInt("buyers"), arm.getInt("orders")}).as(as)
                    .containsExactly(e.visitors(), e.shown(), e.clicked(), e.dismissed(), e.chats(), e.buyers(), e.orders());
            assertThat(arm.getJsonNumber("revenue").bigDecimalValue()).as(as).isEqualByComparingTo(e.revenue());
            assertThat(arm.getJsonNumber("conversion").doubleValue()).as(as).isCloseTo(e.conversion(), within(1e-12));
            assertThat(arm.getJsonNumber("revenuePerVisitor").doubleValue()).as(as).isCloseTo(e.revenuePerVisitor(), within(1e-9));
            double[] wilson = wilson(e.buyers(), e.visitors(), Z);
            JsonObject interval = arm.getJsonObject("conversionInterval");
            assertThat(interval.getJsonNumber("low").doubleValue()).as(as + " Wilson").isCloseTo(wilson[0], within(1e-9));
            assertThat(interval.getJsonNumber("high").doubleValue()).as(as + " Wilson").isCloseTo(wilson[1], within(1e-9));
            if (arm.getBoolean("controlGroup")) {
                assertThat(arm.isNull("vsControl")).isTrue();
                continue;
            }
            double[] newcombe = newcombe(e, control, Z_CORRECTED);
            JsonObject vs = arm.getJsonObject("vsControl");
            assertThat(vs.getJsonObject("conversion").getJsonNumber("low").doubleValue()).as(as + " Newcombe").isCloseTo(newcombe[0], within(1e-9));
            assertThat(vs.getJsonObject("conversion").getJsonNumber("high").doubleValue()).as(as + " Newcombe").isCloseTo(newcombe[1], within(1e-9));
            JsonObject revenue = vs.getJsonObject("revenuePerVisitor");
            assertThat(revenue.getJsonNumber("estimate").doubleValue()).as(as).isCloseTo(e.revenuePerVisitor() - control.revenuePerVisitor(), within(1e-9));
            assertThat(revenue.getJsonNumber("low").doubleValue()).isLessThan(revenue.getJsonNumber("estimate").doubleValue());
        }
        assertThat(newcombe(expected.get("A"), control, Z_CORRECTED)[0]).as("A does clearly better").isPositive();
        assertThat(newcombe(expected.get("B"), control, Z_CORRECTED)[0]).as("B does not").isNegative();
        JsonObject verdict = mine.getJsonObject("verdict");
        assertThat(verdict.getString("outcome")).as("I11").isEqualTo("variant-wins");
        assertThat(verdict.getString("winner")).isEqualTo("A");

        assertThat(shop.call("GET", "/api/v1/invite-results?from=2026-06-07&to=2026-06-01", null).statusCode()).isEqualTo(400);
        assertThat(shop.call("GET", "/api/v1/invite-results?from=june", null).statusCode()).isEqualTo(400);
        assertThat(shop.call("GET", "/api/v1/kpi" + PERIOD + "&origin=proactive", null).statusCode()).as("K9 proactive").isEqualTo(200);
    }

    @Test
    void theCsvHasALinePerArmWithTheSameFigures() throws Exception {
        Map<String, Expected> expected = expected();
        HttpResponse<String> csv = anouk.call("GET", "/api/invite-results/results.csv" + PERIOD, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        List<String> header = Arrays.asList(lines[0].split(","));
        List<String[]> mine = Arrays.stream(lines).skip(1).map(line -> line.split(",", -1)).filter(cells -> cells[0].equals(rule)).toList();
        assertThat(mine).extracting(cells -> cells[header.indexOf("variant")]).as("I11").containsExactly("", "A", "B");
        for (String[] cells : mine) {
            Expected e = expected.get(cells[header.indexOf("variant")]);
            assertThat(Long.parseLong(cells[header.indexOf("visitors")])).isEqualTo(e.visitors());
            assertThat(Long.parseLong(cells[header.indexOf("shown")])).isEqualTo(e.shown());
            assertThat(Long.parseLong(cells[header.indexOf("chats")])).isEqualTo(e.chats());
            assertThat(Long.parseLong(cells[header.indexOf("buyers")])).isEqualTo(e.buyers());
            assertThat(Long.parseLong(cells[header.indexOf("orders")])).isEqualTo(e.orders());
            assertThat(new BigDecimal(cells[header.indexOf("revenue")])).isEqualByComparingTo(e.revenue());
            assertThat(Double.parseDouble(cells[header.indexOf("conversion")])).isCloseTo(e.conversion(), within(1e-12));
            assertThat(cells[header.indexOf("verdict")]).isEqualTo("variant-wins");
            assertThat(cells[header.indexOf("winner")]).isEqualTo("A");
        }
    }

    @Test
    void thePageShowsTheArmsAndTheVerdictInWordsInEnglishAndDutch() throws Exception {
        Map<String, Expected> expected = expected();
        String page = page("en");
        Matcher section = Pattern.compile("data-rule=\"" + rule + "\"(.*?)</article>", Pattern.DOTALL).matcher(page);
        assertThat(section.find()).as("the rule's section").isTrue();
        String mine = section.group(1);
        assertThat(mine).as("I11").contains("Variant A wins on conversion");
        // the control group's row: data-arm "-" (the variant refs are letters and digits)
        Matcher arm = Pattern.compile("data-sf=\"arm\" data-control=\"(true|false)\" data-arm=\"([^\"]*)\"(.*?)</tr>", Pattern.DOTALL).matcher(mine);
        List<String> arms = new ArrayList<>();
        while (arm.find()) {
            String ref = arm.group(1).equals("true") ? "" : arm.group(2);
            arms.add(ref);
            Expected e = expected.get(ref);
            assertThat(cell(arm.group(3), "visitors")).as("arm %s", ref).isEqualTo(Long.toString(e.visitors()));
            assertThat(cell(arm.group(3), "buyers")).isEqualTo(Long.toString(e.buyers()));
            assertThat(cell(arm.group(3), "chats")).isEqualTo(Long.toString(e.chats()));
            assertThat(new BigDecimal(value(arm.group(3), "revenue"))).isEqualByComparingTo(e.revenue());
            assertThat(Double.parseDouble(value(arm.group(3), "conversion"))).isCloseTo(e.conversion(), within(1e-12));
        }
        assertThat(arms).containsExactly("", "A", "B");
        assertThat(mine).contains("Control group (no invite)");
        assertThat(page).contains("/api/invite-results/results.csv?from=" + FROM + "&amp;to=" + TO);
        assertThat(page("nl")).contains("Variant A wint op conversie", "Controlegroep (geen uitnodiging)");
    }

    private static String page(String language) throws Exception {
        HttpResponse<String> response = anouk.send(HttpRequest.newBuilder(server.uri("/dashboard/invite-results.xhtml" + PERIOD))
                .header("Accept-Language", language).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static String cell(String row, String name) {
        Matcher cell = Pattern.compile("data-sf=\"" + name + "\"[^>]*>([^<]*)<").matcher(row);
        assertThat(cell.find()).as(name).isTrue();
        return cell.group(1).trim();
    }

    private static String value(String row, String name) {
        Matcher cell = Pattern.compile("data-sf=\"" + name + "\" data-value=\"([^\"]*)\"").matcher(row);
        assertThat(cell.find()).as(name).isTrue();
        return cell.group(1);
    }
}
