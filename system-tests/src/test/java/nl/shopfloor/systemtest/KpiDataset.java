package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A generated week of the demo shop's chats for the KPI filters, far enough in the past that no other test has data in
 * it: chats of the demo agents with every topic, origin and a few pages, some answered late or never, ratings, the
 * shop's own session counts, and orders through the shop API (so the server credits them itself). Chats come from
 * widgets, not from an API, so they are written over JDBC, as the KPI benchmark does. {@link #expected} works out the
 * figures of a filter from the generated rows alone, without the server's code.
 * Seed assumptions: demo shop "demo" (Europe/Amsterdam, attribution 7 days, topics order, product, service).
 */
final class KpiDataset {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String[] TOPICS = {"order", "product", "service"};
    static final String[] ORIGINS = {"REACTIVE", "TEAM_PAGE", "OWN_AGENT"};
    static final String[] PAGES = {"https://shop.example/faq/returns", "https://shop.example/Laptops/dell-xps-13",
            "https://shop.example/laptops/lenovo", "https://shop.example/cart", null};
    private static final String[] AGENTS = {"sanne", "mehmet", "jeroen", "lisa", "pieter", null};
    static final long SESSIONS_PER_DAY = 250;

    record Chat(String id, String visitor, String agent, String team, String topic, String origin, String page,
                Instant started, Instant firstResponse, Instant closed, Integer rating) {
    }

    record Order(String visitor, BigDecimal total, boolean paid, Instant placed) {
    }

    final LocalDate from;
    final LocalDate to;
    final List<Chat> chats = new ArrayList<>();
    final List<Order> orders = new ArrayList<>();
    final Map<String, String> teams = new HashMap<>();

    private KpiDataset(LocalDate from) {
        this.from = from;
        this.to = from.plusDays(6);
    }

    /**
     * {@code chats} chats over 7 days starting 60 to 1,000 days ago, in a week of the demo shop without chats or orders
     * yet: another dataset on the same database (another test, an earlier run) stays apart.
     */
    static KpiDataset generate(ShopfloorServer server, ShopBackend shop, int chats) throws SQLException {
        Random random = new Random();
        KpiDataset data = new KpiDataset(freeWeek(server, random));
        data.readTeams(server);
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = server.jdbc();
             PreparedStatement visitor = db.prepareStatement("INSERT INTO visitor (id, shop_id, language, first_seen_at, last_seen_at)"
                     + " VALUES (?, 'demo', 'en', ?, ?)");
             PreparedStatement chat = db.prepareStatement("INSERT INTO conversation (id, shop_id, visitor_id, agent_username, status,"
                     + " visitor_name, topic, language, page_url, started_at, closed_at, last_seq, assigned_at, first_response_at, origin)"
                     + " VALUES (?, 'demo', ?, ?, 'CLOSED', 'Kpi', ?, 'en', ?, ?, ?, 2, ?, ?, ?)");
             PreparedStatement survey = db.prepareStatement("INSERT INTO survey (conversation_id, shop_id, agent_username, rating,"
                     + " answered_at) VALUES (?, 'demo', ?, ?, ?)")) {
            for (int i = 0; i < chats; i++) {
                Instant started = data.from.atStartOfDay(ZONE).toInstant().plusSeconds(3600 + random.nextInt(6 * 86400 + 18 * 3600));
                String agent = AGENTS[random.nextInt(AGENTS.length)];
                // nobody answered a chat nobody had; the others in 2 to 40 s, one in four never
                Instant firstResponse = agent == null || random.nextInt(4) == 0 ? null : started.plusSeconds(2 + random.nextInt(39));
                Instant closed = started.plusSeconds(10 + random.nextInt(1800));
                Integer rating = firstResponse != null && random.nextInt(3) > 0 ? 1 + random.nextInt(5) : null;
                Chat c = new Chat("kpi-" + run + "-c" + i, "kpi-" + run + "-v" + i, agent, agent == null ? null : data.teams.get(agent),
                        TOPICS[random.nextInt(TOPICS.length)], ORIGINS[random.nextInt(ORIGINS.length)], PAGES[random.nextInt(PAGES.length)],
                        started, firstResponse, closed, rating);
                data.chats.add(c);
                visitor.setString(1, c.visitor());
                visitor.setTimestamp(2, Timestamp.from(started));
                visitor.setTimestamp(3, Timestamp.from(started));
                visitor.executeUpdate();
                chat.setString(1, c.id());
                chat.setString(2, c.visitor());
                chat.setString(3, agent);
                chat.setString(4, c.topic());
                chat.setString(5, c.page());
                chat.setTimestamp(6, Timestamp.from(started));
                chat.setTimestamp(7, Timestamp.from(closed));
                chat.setTimestamp(8, agent == null ? null : Timestamp.from(started));
                chat.setTimestamp(9, firstResponse == null ? null : Timestamp.from(firstResponse));
                chat.setString(10, c.origin());
                chat.executeUpdate();
                if (rating != null) {
                    survey.setString(1, c.id());
                    survey.setString(2, agent);
                    survey.setInt(3, rating);
                    survey.setTimestamp(4, Timestamp.from(closed.plusSeconds(30)));
                    survey.executeUpdate();
                }
                if (random.nextBoolean()) { // an order within an hour of the start: during or after the chat
                    data.orders.add(new Order(c.visitor(), BigDecimal.valueOf(1000 + random.nextInt(90000), 2), random.nextInt(5) > 0,
                            started.plusSeconds(random.nextInt(3600))));
                }
            }
        }
        for (int i = 0; i < 6; i++) { // orders of shoppers who never chatted
            data.orders.add(new Order(null, BigDecimal.valueOf(1000 + random.nextInt(90000), 2), true,
                    data.from.atStartOfDay(ZONE).toInstant().plusSeconds(random.nextInt(7 * 86400))));
        }
        for (Order order : data.orders) {
            String json = "{\"id\": \"O-" + UUID.randomUUID() + "\"" + (order.visitor() == null ? "" : ", \"visitor\": \"" + order.visitor() + "\"")
                    + ", \"totalExclVat\": " + order.total() + ", \"totalInclVat\": " + order.total() + ", \"currency\": \"EUR\", \"placedAt\": \""
                    + order.placed() + "\", \"status\": \"" + (order.paid() ? "paid" : "cancelled") + "\"}";
            HttpResponse<String> put = shop.call("PUT", "/api/v1/orders/" + ShopBackend.json(json).getString("id"), json);
            assertThat(put.statusCode()).as("PUT order: %s", put.body()).isEqualTo(201);
        }
        for (LocalDate day = data.from; !day.isAfter(data.to); day = day.plusDays(1)) {
            HttpResponse<String> put = shop.call("PUT", "/api/v1/sessions/" + day, "{\"sessions\": " + SESSIONS_PER_DAY + "}");
            assertThat(put.statusCode()).as("PUT sessions: %s", put.body()).isEqualTo(200);
        }
        return data;
    }

    /** A random first day of a week with nothing in it, a day either side for the time zones. */
    private static LocalDate freeWeek(ShopfloorServer server, Random random) throws SQLException {
        try (Connection db = server.jdbc(); PreparedStatement taken = db.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM conversation WHERE shop_id = 'demo' AND started_at BETWEEN ? AND ?)"
                        + " + (SELECT COUNT(*) FROM shop_order WHERE shop_id = 'demo' AND placed_at BETWEEN ? AND ?)")) {
            for (int tries = 0; tries < 100; tries++) {
                LocalDate from = LocalDate.now(ZONE).minusDays(60 + random.nextInt(940));
                Timestamp start = Timestamp.from(from.minusDays(1).atStartOfDay(ZONE).toInstant());
                Timestamp end = Timestamp.from(from.plusDays(8).atStartOfDay(ZONE).toInstant());
                taken.setTimestamp(1, start);
                taken.setTimestamp(2, end);
                taken.setTimestamp(3, start);
                taken.setTimestamp(4, end);
                try (ResultSet row = taken.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0) {
                        return from;
                    }
                }
            }
        }
        throw new IllegalStateException("the demo shop has chats or orders in every week tried of the last 1,000 days");
    }

    /** The demo agents' teams now: the team filter means the agents in the team now. */
    private void readTeams(ShopfloorServer server) throws SQLException {
        try (Connection db = server.jdbc(); PreparedStatement select = db.prepareStatement(
                "SELECT username, team_id FROM agent WHERE shop_id = 'demo' AND team_id IS NOT NULL"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                teams.put(rows.getString(1), rows.getString(2));
            }
        }
    }

    String period() {
        return "from=" + from + "&to=" + to;
    }

    /**
     * The figures of the chats {@code filter} selects, worked out here, in the API's field names: what the filter
     * narrows (chats, their credited orders, first responses, ratings) and the whole shop's for comparison.
     */
    JsonObject expected(Predicate<Chat> filter) {
        List<Chat> selected = chats.stream().filter(filter).toList();
        Map<String, Chat> byVisitor = new HashMap<>();
        selected.forEach(c -> byVisitor.put(c.visitor(), c));
        long during = 0;
        long after = 0;
        BigDecimal chatRevenue = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        long paid = 0;
        for (Order order : orders) {
            if (!order.paid()) {
                continue;
            }
            paid++;
            revenue = revenue.add(order.total());
            Chat credited = byVisitor.get(order.visitor());
            if (credited != null) {
                chatRevenue = chatRevenue.add(order.total());
                if (order.placed().isAfter(credited.closed())) {
                    after++;
                } else {
                    during++;
                }
            }
        }
        List<Duration> waits = selected.stream().filter(c -> c.firstResponse() != null)
                .map(c -> Duration.between(c.started(), c.firstResponse())).sorted().toList();
        long within = waits.stream().filter(w -> w.getSeconds() <= 20).count();
        long lateNeverAnswered = selected.stream().filter(c -> c.firstResponse() == null)
                .filter(c -> Duration.between(c.started(), c.closed()).getSeconds() > 20).count();
        List<Integer> ratings = selected.stream().map(Chat::rating).filter(r -> r != null).toList();
        JsonObjectBuilder responses = Json.createObjectBuilder().add("answered", waits.size()).add("withinTarget", within)
                .add("counted", waits.size() + lateNeverAnswered);
        if (!waits.isEmpty()) {
            int middle = waits.size() / 2;
            responses.add("medianMillis", (waits.size() % 2 == 1 ? waits.get(middle)
                    : waits.get(middle - 1).plus(waits.get(middle)).dividedBy(2)).toMillis());
            // nine in ten answered within it: the ceil(0.9 n)-th shortest wait
            responses.add("p90Millis", waits.get((int) Math.ceil(waits.size() * 0.9) - 1).toMillis());
        }
        return Json.createObjectBuilder()
                .add("conversations", selected.size())
                .add("sessions", 7 * SESSIONS_PER_DAY)
                .add("orders", paid)
                .add("revenue", revenue.setScale(2))
                .add("creditedOrdersDuring", during)
                .add("creditedOrdersAfter", after)
                .add("chatRevenue", chatRevenue.setScale(2))
                .add("abandonedBeforeAnswer", selected.stream().filter(c -> c.firstResponse() == null).count())
                .add("firstResponse", responses)
                .add("satisfaction", Json.createObjectBuilder().add("answers", ratings.size())
                        .add("satisfied", ratings.stream().filter(r -> r >= 4).count())
                        .add("stars", ratings.stream().mapToInt(Integer::intValue).sum()))
                .build();
    }

    /** The API's answer cut down to the fields {@link #expected} has (stars: the average times the answers). */
    static JsonObject comparable(JsonObject api) {
        JsonObject responses = api.getJsonObject("firstResponse");
        JsonObjectBuilder firstResponse = Json.createObjectBuilder().add("answered", responses.getInt("answered"))
                .add("withinTarget", responses.getInt("withinTarget")).add("counted", responses.getInt("counted"));
        if (responses.containsKey("medianMillis")) {
            firstResponse.add("medianMillis", responses.getJsonNumber("medianMillis").longValue())
                    .add("p90Millis", responses.getJsonNumber("p90Millis").longValue());
        }
        JsonObject csat = api.getJsonObject("satisfaction");
        long answers = csat.getJsonNumber("answers").longValue();
        return Json.createObjectBuilder()
                .add("conversations", api.getJsonNumber("conversations").longValue())
                .add("sessions", api.getJsonNumber("sessions").longValue())
                .add("orders", api.getJsonNumber("orders").longValue())
                .add("revenue", api.getJsonNumber("revenue").bigDecimalValue().setScale(2))
                .add("creditedOrdersDuring", api.getJsonNumber("creditedOrdersDuring").longValue())
                .add("creditedOrdersAfter", api.getJsonNumber("creditedOrdersAfter").longValue())
                .add("chatRevenue", api.getJsonNumber("chatRevenue").bigDecimalValue().setScale(2))
                .add("abandonedBeforeAnswer", api.getJsonNumber("abandonedBeforeAnswer").longValue())
                .add("firstResponse", firstResponse)
                .add("satisfaction", Json.createObjectBuilder().add("answers", answers).add("satisfied", csat.getJsonNumber("satisfied").longValue())
                        .add("stars", answers == 0 ? 0 : Math.round(csat.getJsonNumber("averageStars").doubleValue() * answers)))
                .build();
    }
}
