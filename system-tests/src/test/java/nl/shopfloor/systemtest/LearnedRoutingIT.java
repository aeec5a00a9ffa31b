package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Routing learns from outcomes (routing R5) on the real server: one agent's chats on a topic are rated 1 star, another's
 * 5 stars and bought from; the next chat on that topic goes to the second, and "Why you?" on their dashboard says why.
 * Both agents are this test's own accounts, so everything they learned comes from this test.
 * Seed assumptions: demo shop (attribution 7 days), topic "service", whose demo agents (pieter, anouk) stay offline;
 * admin and supervisor anouk.
 */
class LearnedRoutingIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String TOPIC = "service";

    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("learned", "Learned Good", false);

    @Test
    void theNextChatOnATopicGoesToTheAgentWhoseChatsWereRatedAndBoughtFromAndTheDashboardSaysWhy() throws Exception {
        ShopfloorServer server = session.server;
        ShopBackend shop = ShopBackend.withWriteKey(server, new Supervisor(server, "admin"), "learned routing test");
        String poor = TestAccounts.create(server, "learned-poor", "Learned Poor");
        String good = session.agent;

        // The poor agent first: the good one has had a chat more recently, so the time since the last chat favours
        // the poor one, and only what routing learned can give the next chat to the good one.
        try (OnlineAgent agent = OnlineAgent.login(server, poor)) {
            chat(agent, 1);
            chat(agent, 1);
        }
        List<String> orders = new ArrayList<>();
        try (OnlineAgent agent = OnlineAgent.login(server, good)) {
            orders.add(chatAndBuy(agent, shop));
            orders.add(chatAndBuy(agent, shop));
        }
        awaitLearned(good, "2 ratings, 10 stars, 2 converted");
        awaitLearned(poor, "2 ratings, 2 stars, 0 converted");

        // Crediting again counts nothing twice: the same order sent again and a changed window (every order of the last
        // 31 days re-credited), then an order cancelled and paid after all. Counted after each commit, so the counts
        // awaited after the cancellation include the re-credits before it: a re-credit that counted twice shows there.
        shop.put(orders.get(0), 200);
        Supervisor anouk = Supervisor.anouk(server);
        assertThat(anouk.call("PUT", "/api/settings/attribution", "{\"days\": 6}").statusCode()).isEqualTo(200);
        assertThat(anouk.call("PUT", "/api/settings/attribution", "{\"days\": 7}").statusCode()).isEqualTo(200);
        shop.put(orders.get(1).replace("\"paid\"", "\"cancelled\""), 200);
        awaitLearned(good, "2 ratings, 10 stars, 1 converted");
        shop.put(orders.get(1), 200);
        awaitLearned(good, "2 ratings, 10 stars, 2 converted");

        session.logIn(WAIT);
        Browsers.choosePresence(session.browser, "Online", WAIT);
        Conditions.await("the good agent online", () -> "ONLINE".equals(status(good)), WAIT);
        try (OnlineAgent other = OnlineAgent.login(server, poor); Shopper shopper = Shopper.arrive(server)) {
            String id = shopper.start("Noor", "Mijn laptop start niet meer op", TOPIC).getString("id");
            JsonObject routing = routing(id);
            assertThat(routing.getString("chosen")).as("R5 the agent whose chats were rated and bought from").isEqualTo(good);
            JsonObject best = candidate(routing, good);
            JsonObject worst = candidate(routing, poor);
            assertThat(best.getJsonNumber("waiting").doubleValue()).as("time since the last chat favours the other")
                    .isLessThanOrEqualTo(worst.getJsonNumber("waiting").doubleValue());
            assertThat(best.getJsonNumber("satisfaction").doubleValue()).as("R5").isGreaterThan(worst.getJsonNumber("satisfaction").doubleValue());
            assertThat(best.getJsonNumber("conversion").doubleValue()).as("R5").isGreaterThan(worst.getJsonNumber("conversion").doubleValue());
            assertThat(best.getJsonNumber("rating").doubleValue()).isEqualTo(5.0);
            assertThat(worst.getJsonNumber("rating").doubleValue()).isEqualTo(1.0);
            assertThat(best.getJsonNumber("conversionShare").doubleValue()).isEqualTo(1.0);
            assertThat(best.getBoolean("learningSatisfaction")).as("R5 two ratings are few").isTrue();

            WebElement why = Browsers.waitFor(session.browser, WAIT, () -> session.browser.findElement(By.cssSelector("[data-sf=why]:not([hidden])")));
            List<String> lines = Browsers.waitFor(session.browser, WAIT, () -> {
                List<String> texts = why.findElements(By.cssSelector("tr.sf-chosen [data-sf=why-learned] li")).stream()
                        .map(li -> li.getAttribute("textContent")).toList();
                return texts.isEmpty() ? null : texts;
            });
            assertThat(lines).as("R3 R5 the learned parts with their numbers").anySatisfy(line -> assertThat(line)
                    .startsWith("satisfaction 5\u2605 of 5 stars of 2 ratings on \u2018service\u2019, still learning (+"));
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("conversion 100 % of 2 chats, still learning (+"));
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("speed: still learning (+5)"));
            assertThat(why.findElement(By.cssSelector("tr.sf-chosen [data-sf=why-learned] [aria-hidden=true]")).getText())
                    .as("the star is shown, \"of 5 stars\" is read out").isEqualTo("\u2605");
            assertThat(Browsers.cspViolations(session.browser)).as("no inline scripts").isEmpty();
            shopper.end();
        }
    }

    /** A chat on the topic that the agent answers and closes, rated by its shopper. */
    private static String chat(OnlineAgent agent, int stars) {
        try (Shopper shopper = Shopper.arrive(session.server)) {
            String id = answeredChat(agent, shopper);
            close(agent, shopper, id, stars);
            return id;
        }
    }

    /** The same, and the shopper orders while the chat is open; returns the order as it was sent. */
    private static String chatAndBuy(OnlineAgent agent, ShopBackend shop) {
        try (Shopper shopper = Shopper.arrive(session.server)) {
            String id = answeredChat(agent, shopper);
            String order = ShopBackend.order(shopper.visitor(), null, "120.00", "paid", Instant.now());
            shop.put(order, 201);
            close(agent, shopper, id, 5);
            return order;
        }
    }

    private static String answeredChat(OnlineAgent agent, Shopper shopper) {
        String id = shopper.start("Noor", "Mijn laptop start niet meer op", TOPIC).getString("id");
        assertThat(agent.awaitAssigned().getString("id")).isEqualTo(id);
        agent.say(id, Shopper.clientId(), "Dat zoeken we samen uit.");
        return id;
    }

    private static void close(OnlineAgent agent, Shopper shopper, String id, int stars) {
        agent.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
        shopper.socket.awaitType("closed", WAIT);
        assertThat(shopper.rate(id, stars, Shopper.clientId()).getString("type")).isEqualTo("surveyAck");
    }

    private static void awaitLearned(String agent, String expected) throws Exception {
        Conditions.await(agent + " learned " + expected, () -> expected.equals(learned(agent)), WAIT);
    }

    private static String learned(String agent) throws Exception {
        try (Connection db = session.server.jdbc(); PreparedStatement query = db.prepareStatement(
                "SELECT ratings, rating_total, converted FROM agent_performance WHERE agent_username = ? AND topic = ?")) {
            query.setString(1, agent);
            query.setString(2, TOPIC);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) + " ratings, " + row.getInt(2) + " stars, " + row.getInt(3) + " converted" : "nothing";
            }
        }
    }

    private static String status(String agent) throws Exception {
        try (Connection db = session.server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT status FROM agent WHERE username = ?")) {
            query.setString(1, agent);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** The explanation stored with the conversation once routing decided: what "Why you?" shows. */
    private static JsonObject routing(String conversation) throws Exception {
        String[] explanation = new String[1];
        Conditions.await("the chat routed", () -> {
            try (Connection db = session.server.jdbc(); PreparedStatement query = db.prepareStatement(
                    "SELECT routing_explanation FROM conversation WHERE id = ?")) {
                query.setString(1, conversation);
                try (ResultSet row = query.executeQuery()) {
                    explanation[0] = row.next() ? row.getString(1) : null;
                }
            }
            return explanation[0] != null;
        }, WAIT);
        return Json.createReader(new StringReader(explanation[0])).readObject();
    }

    private static JsonObject candidate(JsonObject routing, String agent) {
        return routing.getJsonArray("candidates").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("agent").equals(agent)).findFirst().orElseThrow(() -> new AssertionError("no candidate " + agent));
    }
}
