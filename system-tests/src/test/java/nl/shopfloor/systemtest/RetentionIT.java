package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Retention (privacy P4): a chat, survey, contact message and order of eight months ago — made through the widget,
 * the agent socket and the shop API while the server's clock was moved back — and today's; an admin sets six months
 * on the privacy page and applies it at once. The old chat and visitor lose the shopper's words and details, the old
 * contact message goes with its mail, today's stay as they were, and the figures of that old period do not change.
 * Seed assumptions: demo shop "demo" (time zone Europe/Amsterdam, admin "admin"), agent "sanne"; no other test
 * makes data older than six months.
 */
class RetentionIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** 35 weeks: the same weekday and time of day, and older than six months. */
    private static final Duration PAST = Duration.ofDays(245);
    private static final String RETENTION_RUNS = "SELECT summary FROM privacy_audit WHERE shop_id = 'demo'"
            + " AND action = 'RETENTION' AND actor = 'admin' ORDER BY done_at DESC";
    static ShopfloorServer server;
    static Supervisor admin;
    static ShopBackend shop;
    static ChromeDriver browser;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        admin = new Supervisor(server, "admin");
        shop = ShopBackend.withWriteKey(server, admin, "retention test");
        browser = Browsers.start("en");
    }

    @AfterAll
    static void quit() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        execute("DELETE FROM retention_policy WHERE shop_id = 'demo'"); // the tests after this one keep everything
    }

    @Test
    void oldChatsAndContactMessagesLoseTheShopperAndTheFiguresOfTheirPeriodStay() throws Exception {
        String tail = UUID.randomUUID().toString().substring(0, 8);
        String email = "olga." + tail + "@example.com";
        String order = "O-" + tail;
        String oldVisitor;
        String oldConversation;
        String oldContact;
        LocalDate oldDay = LocalDate.ofInstant(Instant.now().minus(PAST), ZoneId.of("Europe/Amsterdam"));
        moveClock(PAST.negated());
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne");
             Shopper olga = Shopper.arriveOn(server, "/demo/en.html?email=olga." + tail + "%40example.com#basket")) {
            oldVisitor = olga.visitor();
            olga.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Olga " + tail).add("email", email)
                    .add("topic", "order").add("text", "I live at Kerkstraat 1 " + tail).add("clientId", "ret-" + tail).build());
            oldConversation = olga.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");
            sanne.awaitAssigned();
            olga.socket.send(Json.createObjectBuilder().add("type", "cart").add("cart", Json.createObjectBuilder().add("items",
                    Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Gift for " + tail).add("quantity", 1)))).build());
            // a socket's frames are handled in order: once this message is acknowledged, the cart is stored
            olga.socket.send(Json.createObjectBuilder().add("type", "message").add("text", "Here is my cart").add("clientId", "ret-m-" + tail).build());
            while (!olga.socket.awaitType("ack", WAIT).getString("clientId").equals("ret-m-" + tail)) {
                // the first message's ack came with "started"
            }
            assertThat(single("SELECT COUNT(*) FROM shopper_context WHERE conversation_id = ? AND cart IS NOT NULL", oldConversation))
                    .as("C20").isEqualTo("1");
            sanne.say(oldConversation, "ret-a-" + tail, "Thank you, Olga.");
            sanne.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", oldConversation).build());
            olga.socket.awaitType("closed", WAIT);
            olga.socket.send(Json.createObjectBuilder().add("type", "survey").add("conversation", oldConversation).add("rating", 5)
                    .add("comment", "Olga was helped " + tail).add("clientId", "ret-s-" + tail).build());
            olga.socket.awaitType("surveyAck", WAIT);
            olga.socket.send(Json.createObjectBuilder().add("type", "contact").add("name", "Olga " + tail).add("email", email)
                    .add("topic", "service").add("text", "Please call me back " + tail).add("clientId", "ret-c-" + tail).build());
            oldContact = olga.socket.awaitType("contactAck", WAIT).getString("id");
            assertThat(shop.call("PUT", "/api/v1/orders/" + order, "{\"visitor\": \"" + oldVisitor + "\", \"totalExclVat\": 80,"
                    + " \"totalInclVat\": 96.80, \"currency\": \"EUR\", \"placedAt\": \"" + Instant.now().minus(PAST).plusSeconds(60)
                    + "\", \"status\": \"paid\"}").statusCode()).isEqualTo(201);
            awaitMailOf(oldContact);
        } finally {
            moveClock(Duration.ZERO);
        }

        String recentConversation;
        String recentContact;
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne"); Shopper rita = Shopper.arrive(server)) {
            recentConversation = rita.start("Rita " + tail, "Is this in stock?").getString("id");
            sanne.awaitAssigned();
            rita.end();
            rita.socket.send(Json.createObjectBuilder().add("type", "contact").add("name", "Rita " + tail).add("email", "rita." + tail + "@example.com")
                    .add("topic", "service").add("text", "Recent question " + tail).add("clientId", "ret-r-" + tail).build());
            recentContact = rita.socket.awaitType("contactAck", WAIT).getString("id");
        }

        String period = "?from=" + oldDay.minusDays(1) + "&to=" + oldDay.plusDays(1);
        JsonObject before = shop.get("/api/v1/kpi" + period);
        assertThat(before.getJsonNumber("conversations").longValue()).as("the chat was made in the past").isPositive();
        assertThat(before.getJsonNumber("creditedOrders").longValue()).as("and its order's credit").isPositive();
        List<String> kept = row("SELECT started_at, first_response_at, closed_at, agent_username, topic, status, language"
                + " FROM conversation WHERE id = ?", oldConversation);

        Browsers.logIn(browser, server, "admin", WAIT);
        waitFor(() -> browser.findElement(By.id("presence:privacy-link"))).click();
        fill("retention:anonymise", "121");
        browser.findElement(By.id("retention:save")).click();
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-error")).getText().contains("1 to 120"));
        fill("retention:anonymise", "6");
        fill("retention:contacts", "6");
        browser.findElement(By.id("retention:save")).click();
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-info")).getText().contains("Retention saved"));
        assertThat(shop.get("/api/v1/privacy/retention").toString()).as("P4 the shop API reads what the page saved")
                .isEqualTo("{\"anonymiseAfterMonths\":6,\"deleteContactsAfterMonths\":6}");
        assertThat(shop.call("PUT", "/api/v1/privacy/retention", "{\"anonymiseAfterMonths\": 0, \"deleteContactsAfterMonths\": null}")
                .statusCode()).as("P4 1 to 120 months").isEqualTo(400);
        assertThat(shop.call("PUT", "/api/v1/privacy/retention", "{\"anonymiseAfterMonths\": 6}").statusCode())
                .as("P4 a forgotten field switches nothing off").isEqualTo(400);
        applyNow();

        assertThat(row("SELECT visitor_name, visitor_email, page_url FROM conversation WHERE id = ?", oldConversation))
                .as("P4 the old chat's shopper is gone").containsExactly("", null, server.origin() + "/demo/en.html");
        assertThat(row("SELECT started_at, first_response_at, closed_at, agent_username, topic, status, language"
                + " FROM conversation WHERE id = ?", oldConversation)).as("P4 what the figures need stays").isEqualTo(kept);
        assertThat(column("SELECT text FROM chat_message WHERE conversation_id = ? ORDER BY seq", oldConversation))
                .as("P4 the messages stay, without their words").containsExactly("", "", "");
        assertThat(row("SELECT rating, comment_text FROM survey WHERE conversation_id = ?", oldConversation))
                .as("P4 the rating stays, the comment goes").containsExactly("5", null);
        assertThat(row("SELECT name, email, customer_ref FROM visitor WHERE id = ?", oldVisitor)).as("P4").containsExactly(null, null, null);
        assertThat(single("SELECT COUNT(*) FROM shopper_context WHERE conversation_id = ?", oldConversation))
                .as("P4 C20 the pages and cart of the old chat go").isEqualTo("0");
        assertThat(single("SELECT COUNT(*) FROM contact_message WHERE id = ?", oldContact)).as("P4 the old contact message goes").isEqualTo("0");
        assertThat(single("SELECT COUNT(*) FROM outbox_mail WHERE contact_message_id = ?", oldContact)).as("P4 with its mail").isEqualTo("0");
        assertThat(single("SELECT credited_conversation_id FROM shop_order WHERE shop_id = 'demo' AND order_ref = ?", order))
                .as("P4 the order keeps its credit").isEqualTo(oldConversation);
        assertThat(single("SELECT visitor_name FROM conversation WHERE id = ?", recentConversation)).as("P4 today's chat stays")
                .isEqualTo("Rita " + tail);
        assertThat(single("SELECT COUNT(*) FROM contact_message WHERE id = ?", recentContact)).as("P4 today's message stays").isEqualTo("1");
        assertThat(shop.get("/api/v1/kpi" + period)).as("P4 the figures of the old period do not change").isEqualTo(before);
        String anonymisedAt = single("SELECT anonymised_at FROM conversation WHERE id = ?", oldConversation);
        assertThat(anonymisedAt).isNotNull();

        applyNow();
        assertThat(single("SELECT anonymised_at FROM conversation WHERE id = ?", oldConversation)).as("P4 idempotent: done once")
                .isEqualTo(anonymisedAt);
        List<String> audit = column(RETENTION_RUNS, null);
        assertThat(audit).as("P4 one audit entry per run, with counts").hasSizeGreaterThanOrEqualTo(2);
        assertThat(audit.get(1)).matches("[1-9][0-9]* conversations and [1-9][0-9]* visitors anonymised, [1-9][0-9]* contact messages deleted");
        assertThat(audit.get(0)).startsWith("0 conversations and 0 visitors anonymised, 0 contact messages deleted");
        assertThat(String.join(" ", audit)).doesNotContain(tail);
        // read inside the wait: the apply's answer may re-render the log between finding the entry and reading it
        assertThat(waitFor(() -> browser.findElement(By.cssSelector("[data-sf=audit-action]")).getText().equals("Retention run")))
                .as("P4 on the page, latest first").isTrue();
        assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();
    }

    /**
     * Waits for the run's audit entry, not only for the page's message: a second run's wait would otherwise be met by
     * the first run's message still on the page (CI read the audit before the second run had written it).
     */
    private static void applyNow() throws Exception {
        int runs = column(RETENTION_RUNS, null).size();
        browser.findElement(By.id("retention:apply")).click();
        Browsers.confirm(browser, WAIT);
        Conditions.await("retention run " + (runs + 1) + " in the audit", () -> column(RETENTION_RUNS, null).size() > runs, WAIT);
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-info")).getText().contains("Retention applied"));
    }

    private static void fill(String id, String value) {
        WebElement field = waitFor(() -> browser.findElement(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    private static void moveClock(Duration offset) throws Exception {
        assertThat(admin.put("/api/test/clock", "{\"offsetSeconds\": " + offset.toSeconds() + "}")).as("test clock").isEqualTo(200);
    }

    /** The contact message's mail is stored (and on its way) before the clock moves on. */
    private static void awaitMailOf(String contact) throws Exception {
        Conditions.await("a mail about contact message " + contact,
                () -> !single("SELECT COUNT(*) FROM outbox_mail WHERE contact_message_id = ?", contact).equals("0"), WAIT);
    }

    private static String single(String sql, String parameter) throws Exception {
        return row(sql, parameter).get(0);
    }

    private static List<String> row(String sql, String parameter) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(sql).isTrue();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    values.add(row.getString(i));
                }
                return values;
            }
        }
    }

    private static List<String> column(String sql, String parameter) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static <T> T waitFor(java.util.function.Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
