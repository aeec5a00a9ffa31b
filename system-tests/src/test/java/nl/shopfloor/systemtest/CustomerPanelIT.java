package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In chromium: the customer panel beside a chat (commerce M4) shows the logged-in shopper's customer, orders and
 * lifetime value, only what the chat says for an anonymous shopper, and nothing to another agent. Seed assumptions:
 * demo shop "demo" with admin "admin"; the customer, orders and agents are this test's own.
 */
class CustomerPanelIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("panel", "Panel Test", false);

    @Test
    void theAgentSeesWhoTheyAreTalkingToAndNobodyElseDoes() throws Exception {
        Supervisor admin = new Supervisor(session.server, "admin");
        String key = json(admin.call("POST", "/api/keys", "{\"name\": \"panel test\", \"scope\": \"write\"}").body()).getString("key");
        String tail = UUID.randomUUID().toString().substring(0, 8);
        String customer = "C-" + tail;
        assertThat(api(key, "PUT", "/api/v1/customers/" + customer, "{\"name\": \"An de Vries " + tail + "\", \"company\": \"De Vries BV\","
                + " \"email\": \"an@example.com\", \"segment\": \"b2b\"}")).isEqualTo(201);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(api(key, "PUT", "/api/v1/orders/O-" + tail + "-1", order(customer, "paid", now.minus(Duration.ofDays(40)),
                "{\"sku\": \"XPS13\", \"name\": \"Dell XPS 13\", \"quantity\": 1, \"price\": 800.00},"
                        + " {\"sku\": \"USB-C\", \"name\": \"USB-C dock\", \"quantity\": 2, \"price\": 13.22}"))).isEqualTo(201);
        assertThat(api(key, "PUT", "/api/v1/orders/O-" + tail + "-2", order(customer, "cancelled", now.minus(Duration.ofDays(2)),
                "{\"sku\": \"MOUSE\", \"name\": \"Wireless mouse\", \"quantity\": 1, \"price\": 20.00}"))).isEqualTo(201);

        session.logIn(WAIT);
        Browsers.choosePresence(session.browser, "Online", WAIT);
        Conditions.await("online", () -> "ONLINE".equals(query("SELECT status FROM agent WHERE username = ?", session.agent)), WAIT);

        try (Shopper known = Shopper.arrive(session.server); Shopper anonymous = Shopper.arrive(session.server)) {
            String secret = admin.getJson("/api/keys/identify-secret").getString("secret");
            long ts = Instant.now().getEpochSecond();
            known.socket.send(Json.createObjectBuilder().add("type", "identify").add("customer", customer).add("ts", ts)
                    .add("sig", ShopBackend.sign(secret, customer, ts)).build());
            assertThat(known.socket.awaitType("identified", WAIT).getBoolean("ok")).as("C17").isTrue();
            String agentId = known.publicIdOf("Panel Test");
            String chat = start(known, "An", agentId);

            openChat(chat);
            WebElement panel = waitFor(() -> session.browser.findElement(By.cssSelector("[data-sf=customer-panel]:not([hidden])")));
            assertThat(waitFor(() -> text(panel, "[data-field=name]").equals("An de Vries " + tail))).as("M4 the customer's name").isTrue();
            assertThat(text(panel, "[data-field=company]")).as("M4").isEqualTo("De Vries BV");
            assertThat(text(panel, "[data-field=lifetimeValue]")).as("M4 computed from the paid order only, excl. VAT")
                    .startsWith("€826.44");
            assertThat(text(panel, "[data-field=stage]")).as("M5 last order 40 days ago").isEqualTo("Active");
            List<WebElement> orders = panel.findElements(By.cssSelector("[data-sf=order]"));
            assertThat(orders).hasSize(2);
            assertThat(orders.stream().map(o -> text(o, "[data-sf=order-status]")).toList()).as("M4 newest first, with status")
                    .containsExactly("Cancelled", "Paid");

            WebElement toggle = orders.get(1).findElement(By.cssSelector("[data-sf=order-toggle]"));
            WebElement lines = orders.get(1).findElement(By.cssSelector("[data-sf=order-lines]"));
            assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(lines.isDisplayed()).isFalse();
            toggle.click();
            assertThat(toggle.getAttribute("aria-expanded")).as("M4 lines expand on click").isEqualTo("true");
            assertThat(lines.findElements(By.cssSelector("[data-sf=order-line]")).stream().map(WebElement::getText).toList())
                    .as("M4 the order's lines").satisfiesExactly(
                            line -> assertThat(line).contains("Dell XPS 13").contains("€800.00"),
                            line -> assertThat(line).contains("2 × USB-C dock"));

            String other = start(anonymous, "Bert " + tail, agentId);
            openChat(other);
            assertThat(waitFor(() -> text(panel, "[data-field=name]").equals("Bert " + tail))).as("M4 the name from the chat").isTrue();
            assertThat(panel.findElement(By.cssSelector("[data-row=company]")).isDisplayed()).as("M4 no customer").isFalse();
            assertThat(text(panel, "[data-sf=customer-state]")).startsWith("Not logged in");
            assertThat(panel.findElements(By.cssSelector("[data-sf=order]"))).as("M4 no orders of somebody else").isEmpty();
            assertThat(Browsers.cspViolations(session.browser)).as("no inline scripts").isEmpty();

            String colleague = TestAccounts.create(session.server, "panel-other", "Panel Other");
            try {
                Supervisor stranger = new Supervisor(session.server, colleague);
                HttpResponse<String> foreign = stranger.call("GET", "/api/conversations/" + chat + "/customer", null);
                HttpResponse<String> unknown = stranger.call("GET", "/api/conversations/" + UUID.randomUUID() + "/customer", null);
                assertThat(foreign.statusCode()).as("M4 C4 another agent's chat").isEqualTo(404);
                assertThat(foreign.body()).as("C4 foreign and unknown alike").isEqualTo(unknown.body());
                assertThat(foreign.body()).doesNotContain("De Vries");
                HttpResponse<String> anybody = HTTP.send(HttpRequest.newBuilder(session.server.uri("/api/conversations/" + chat + "/customer"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(anybody.statusCode()).as("M4 A6 without a login").isEqualTo(401);
            } finally {
                TestAccounts.delete(session.server, colleague);
            }
            for (Shopper shopper : List.of(known, anonymous)) {
                shopper.socket.send(Json.createObjectBuilder().add("type", "end").build());
                shopper.socket.awaitType("closed", WAIT);
            }
        }
    }

    /** Opens the chat unless the dashboard opened it already (the first one), and waits for its panel. */
    private void openChat(String conversation) {
        WebElement chat = waitFor(() -> session.browser.findElement(By.cssSelector("[data-sf=chat][data-conversation='" + conversation + "']")));
        if (!"true".equals(chat.getAttribute("aria-current"))) {
            chat.click();
        }
        waitFor(() -> conversation.equals(session.browser.findElement(By.id("customer")).getAttribute("data-loaded")));
    }

    private static String start(Shopper shopper, String name, String agentId) {
        shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", name).add("topic", "order")
                .add("text", "Where is my order?").add("clientId", Shopper.clientId()).add("agent", agentId).build());
        return shopper.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");
    }

    private static String order(String customer, String status, Instant placedAt, String lines) {
        return "{\"customer\": \"" + customer + "\", \"totalExclVat\": 826.44, \"totalInclVat\": 1000.00, \"currency\": \"EUR\","
                + " \"placedAt\": \"" + placedAt + "\", \"status\": \"" + status + "\", \"lines\": [" + lines + "]}";
    }

    private static String text(org.openqa.selenium.SearchContext context, String css) {
        return context.findElement(By.cssSelector(css)).getAttribute("textContent");
    }

    private static int api(String key, String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(session.server.uri(path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String query(String sql, String parameter) throws Exception {
        try (Connection db = session.server.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(session.browser, WAIT, condition);
    }
}
