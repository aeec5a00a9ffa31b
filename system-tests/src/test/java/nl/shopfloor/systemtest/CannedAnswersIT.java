package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Canned answers (answers A1-A7): on a phone-sized dashboard an agent types {@code /} and a few letters in the reply
 * box, picks an answer with the keyboard and sends it, and the shopper receives it with the names filled in; the REST
 * boundary refuses bad answers with a message and keeps one agent's own answers from the others. Seed assumptions:
 * demo shop "demo" with supervisor "anouk"; the agents and answers are this test's own.
 */
class CannedAnswersIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("answers", "Canned Tester", false, Browsers.PHONE);

    @Test
    void anAgentInsertsAnAnswerWithTheKeyboardAndTheShopperGetsItFilledIn() throws Exception {
        String shortcut = "zq" + UUID.randomUUID().toString().substring(0, 6);
        Supervisor me = new Supervisor(session.server, session.agent);
        String greeting = add(me, "personal", "en", shortcut + "a", "Greeting", "Hi {shopper}, this is {agent}. Anything else?");
        String status = add(me, "personal", "en", shortcut + "b", "Order status", "{shopper}, your order {order} is on its way.");

        onDashboard();
        assertThat(session.browser.executeScript("return [screen.width, document.documentElement.scrollWidth]"))
                .as("a phone's screen, and the dashboard fits it").isEqualTo(List.of(390L, 390L));
        Browsers.choosePresence(session.browser, "Online", WAIT);

        try (Shopper shopper = Shopper.arrive(session.server)) {
            shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Anna Test").add("topic", "order")
                    .add("text", "Hello?").add("clientId", Shopper.clientId()).add("agent", shopper.publicIdOf("Canned Tester")).build());
            String chat = shopper.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");

            JsonObject used = json(me.call("POST", "/api/answers/" + status + "/uses", "{\"conversation\": \"" + chat + "\"}").body());
            assertThat(used.getString("text")).as("A5 A6 the server fills what it knows").isEqualTo("Anna Test, your order {order} is on its way.");
            assertThat(used.getJsonArray("unfilled").getString(0)).as("A6 no order pushed: left visibly unfilled").isEqualTo("{order}");

            WebElement reply = waitFor(() -> {
                WebElement box = session.browser.findElement(By.id("reply"));
                return box.isDisplayed() ? box : null;
            });
            reply.sendKeys("/" + shortcut);
            waitFor(() -> session.browser.findElements(By.cssSelector("[data-sf=answer-option]")).size() == 2);
            assertThat(session.browser.findElements(By.cssSelector("[data-sf=answer-option]")).stream()
                    .map(option -> option.getAttribute("data-shortcut")).toList())
                    .as("A4 the most used first").containsExactly(shortcut + "b", shortcut + "a");
            assertThat(reply.getAttribute("role")).as("a textarea stays a textbox").isNull();
            assertThat(reply.getAttribute("aria-controls")).isEqualTo("answers-list");
            assertThat(session.browser.findElement(By.id("answers-list")).isDisplayed()).isTrue();
            assertThat(session.browser.findElement(By.id("answers-count")).getAttribute("textContent")).startsWith("2 canned answers");

            reply.sendKeys(Keys.ARROW_DOWN);
            assertThat(reply.getAttribute("aria-activedescendant")).isEqualTo("answer-option-1");
            reply.sendKeys(Keys.ENTER);
            String expected = "Hi Anna Test, this is Canned Tester. Anything else?";
            waitFor(() -> reply.getAttribute("value").equals(expected));
            assertThat(session.browser.findElement(By.id("answers-list")).isDisplayed()).as("closed after inserting").isFalse();
            assertThat(reply.getAttribute("aria-activedescendant")).isNull();

            reply.sendKeys(Keys.ENTER);
            JsonObject sent = shopper.socket.awaitType("message", WAIT);
            while (!"agent".equals(sent.getString("from", null))) {
                sent = shopper.socket.awaitType("message", WAIT);
            }
            assertThat(sent.getString("text")).as("A5 Enter still sends once the list is closed").isEqualTo(expected);
            waitFor(() -> reply.getAttribute("value").isEmpty());

            reply.sendKeys("/" + shortcut);
            waitFor(() -> !session.browser.findElements(By.cssSelector("[data-sf=answer-option]")).isEmpty());
            reply.sendKeys(Keys.ESCAPE);
            waitFor(() -> session.browser.findElements(By.cssSelector("[data-sf=answer-option]")).isEmpty());
            assertThat(reply.getAttribute("value")).as("Escape closes and keeps what was typed").isEqualTo("/" + shortcut);

            reply.sendKeys("b");
            WebElement only = waitFor(() -> {
                List<WebElement> options = session.browser.findElements(By.cssSelector("[data-sf=answer-option]"));
                return options.size() == 1 ? options.get(0) : null;
            });
            only.click();
            String withOrder = "Anna Test, your order {order} is on its way.";
            waitFor(() -> reply.getAttribute("value").equals(withOrder));
            assertThat(session.browser.executeScript("return [reply.selectionStart, reply.selectionEnd]"))
                    .as("A6 a click inserts; the unfilled placeholder is selected to type over")
                    .isEqualTo(List.of((long) withOrder.indexOf("{order}"), (long) withOrder.indexOf("{order}") + 7));
            assertThat(Json.createReader(new StringReader(me.call("GET", "/api/answers", null).body())).readArray().stream().map(JsonObject.class::cast).filter(a -> a.getString("id").equals(greeting))
                    .findFirst().orElseThrow().getInt("uses")).as("A4 a use counted on insert").isEqualTo(1);
            assertThat(Browsers.cspViolations(session.browser)).as("no inline scripts").isEmpty();
            shopper.end();
        }
    }

    @Test
    void badAnswersAreRefusedWithAMessageAndOwnAnswersStayOwn() throws Exception {
        Supervisor me = new Supervisor(session.server, session.agent);
        String shortcut = "zr" + UUID.randomUUID().toString().substring(0, 6);
        String own = add(me, "personal", "nl", shortcut, "Eigen", "Mijn eigen antwoord");

        assertRefused(me.call("POST", "/api/answers", body("personal", "nl", " ", "T", "x")), 400, "'shortcut' must not be empty");
        assertRefused(me.call("POST", "/api/answers", body("personal", "nl", "ok", "t".repeat(81), "x")), 400, "at most 80");
        assertRefused(me.call("POST", "/api/answers", body("personal", "nl", "/" + shortcut.toUpperCase(), "T", "x")), 400,
                "shortcut is taken");
        assertThat(me.call("POST", "/api/answers", body("personal", "en", shortcut, "T", "x")).statusCode())
                .as("A2 the same shortcut in the other language").isEqualTo(201);
        assertRefused(me.call("POST", "/api/answers", body("team", "nl", shortcut + "t", "T", "x")), 403, "supervisors");

        HttpResponse<String> crossSite = HTTP.send(HttpRequest.newBuilder(session.server.uri("/api/answers/" + own))
                .header("Cookie", me.cookie()).header("Origin", "https://evil.example").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).as("S-CSRF").isEqualTo(403);

        String colleague = TestAccounts.create(session.server, "answers-other", "Answers Other");
        try {
            Supervisor other = new Supervisor(session.server, colleague);
            assertRefused(other.call("PUT", "/api/answers/" + own, body("personal", "nl", "mine", "T", "x")), 404, "No such answer");
            assertRefused(other.call("DELETE", "/api/answers/" + own, null), 404, "No such answer");
            assertThat(other.call("GET", "/api/answers", null).body()).as("A7 not even listed").doesNotContain(own);
        } finally {
            TestAccounts.delete(session.server, colleague);
        }

        Supervisor anouk = Supervisor.anouk(session.server);
        String team = add(anouk, "team", "nl", shortcut, "Van de winkel", "Voor iedereen");
        assertRefused(me.call("PUT", "/api/answers/" + team, body("team", "nl", shortcut, "T", "x")), 403, "supervisors");
        assertThat(me.call("GET", "/api/answers", null).body()).as("A1 every agent sees the shop's").contains(team);
        assertThat(anouk.call("DELETE", "/api/answers/" + team, null).statusCode()).isEqualTo(204);
        assertThat(me.call("PUT", "/api/answers/" + own, body("personal", "nl", shortcut, "Eigen", "Veranderd")).statusCode())
                .as("A1 one's own").isEqualTo(200);
        assertThat(me.call("DELETE", "/api/answers/" + own, null).statusCode()).isEqualTo(204);
    }

    @Test
    void theShopsNewestOrderAndTheProductOnThePageAreFilledIn() throws Exception {
        Supervisor admin = new Supervisor(session.server, "admin");
        String key = json(admin.call("POST", "/api/keys", "{\"name\": \"answers test\", \"scope\": \"write\"}").body()).getString("key");
        String tail = UUID.randomUUID().toString().substring(0, 8);
        String customer = "C-" + tail;
        assertThat(shopApi(key, "/api/v1/customers/" + customer, "{\"name\": \"An de Vries\"}")).isEqualTo(201);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(shopApi(key, "/api/v1/orders/O-" + tail + "-old", order(customer, now.minus(Duration.ofDays(9))))).isEqualTo(201);
        assertThat(shopApi(key, "/api/v1/orders/O-" + tail + "-new", order(customer, now.minus(Duration.ofDays(1))))).isEqualTo(201);

        String colleague = TestAccounts.create(session.server, "answers-orders", "Answers Orders");
        try (OnlineAgent online = OnlineAgent.login(session.server, colleague);
                Shopper shopper = Shopper.arrive(session.server, null, 0, "Dell XPS 13 | Demo ICT")) {
            String secret = admin.getJson("/api/keys/identify-secret").getString("secret");
            long ts = Instant.now().getEpochSecond();
            shopper.socket.send(Json.createObjectBuilder().add("type", "identify").add("customer", customer).add("ts", ts)
                    .add("sig", ShopBackend.sign(secret, customer, ts)).build());
            assertThat(shopper.socket.awaitType("identified", WAIT).getBoolean("ok")).isTrue();
            shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "An").add("topic", "order")
                    .add("text", "Waar blijft mijn bestelling?").add("clientId", Shopper.clientId())
                    .add("agent", shopper.publicIdOf("Answers Orders")).build());
            String chat = shopper.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");

            Supervisor agent = new Supervisor(session.server, colleague);
            String answer = add(agent, "personal", "nl", "zo" + tail.substring(0, 4), "Bestelling",
                    "{klant}: {bestelling}, {artikel}, {medewerker}. {onbekend}");
            JsonObject used = json(agent.call("POST", "/api/answers/" + answer + "/uses", "{\"conversation\": \"" + chat + "\"}").body());
            assertThat(used.getString("text")).as("A5 the newest order the shop pushed, the page's product, the names")
                    .isEqualTo("An: O-" + tail + "-new, Dell XPS 13, Answers Orders. {onbekend}");
            assertThat(used.getJsonArray("unfilled")).as("A6 other braces are text").isEmpty();
            assertThat(session.agent).isNotEqualTo(colleague);
            assertThat(new Supervisor(session.server, session.agent).call("POST", "/api/answers/" + answer + "/uses",
                    "{\"conversation\": \"" + chat + "\"}").statusCode()).as("A7 somebody else's own answer").isEqualTo(404);
            shopper.end();
        } finally {
            TestAccounts.delete(session.server, colleague);
        }
    }

    private static int shopApi(String key, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(session.server.uri(path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String order(String customer, Instant placedAt) {
        return "{\"customer\": \"" + customer + "\", \"totalExclVat\": 10.00, \"totalInclVat\": 12.10, \"currency\": \"EUR\","
                + " \"placedAt\": \"" + placedAt + "\", \"status\": \"paid\", \"lines\": [{\"sku\": \"X\", \"name\": \"X\","
                + " \"quantity\": 1, \"price\": 10.00}]}";
    }

    @Test
    void anAgentKeepsTheirOwnAnswersOnTheAnswersPage() {
        String shortcut = "zs" + UUID.randomUUID().toString().substring(0, 6);
        onDashboard();
        Browsers.followTopLink(session.browser, "presence:answers-link", WAIT);
        waitFor(() -> session.browser.findElement(By.id("answer:shortcut")));
        assertThat(session.browser.findElements(By.id("answer:scope"))).as("A1 an agent keeps only their own").isEmpty();
        assertThat(session.browser.findElement(By.id("text-help")).getText()).as("the placeholders are documented")
                .contains("{shopper}", "{agent}", "{order}", "{product}");

        fill("  ", "Closing", "Bye {shopper}!");
        assertThat(waitFor(() -> message("Enter a shortcut."))).as("A3 empty").isTrue();
        fill(shortcut, "Closing", "Bye {shopper}!");
        assertThat(waitFor(() -> message("Canned answer /" + shortcut + " added."))).isTrue();
        waitFor(() -> rowOf(shortcut) != null);
        fill(shortcut.toUpperCase(), "Again", "Bye again");
        assertThat(waitFor(() -> message("This shortcut is already used in this language."))).as("A2 duplicate").isTrue();

        rowOf(shortcut).findElement(By.cssSelector("[data-sf=edit-answer]")).click();
        waitFor(() -> session.browser.findElement(By.id("answer-form-heading")).getText().equals("Change canned answer"));
        WebElement title = session.browser.findElement(By.id("answer:title"));
        title.clear();
        title.sendKeys("Goodbye");
        session.browser.findElement(By.id("answer:save")).click();
        assertThat(waitFor(() -> message("Canned answer /" + shortcut + " changed."))).isTrue();
        waitFor(() -> rowOf(shortcut).getText().contains("Goodbye"));

        rowOf(shortcut).findElement(By.cssSelector("[data-sf=delete-answer]")).click();
        Browsers.confirm(session.browser, WAIT);
        assertThat(waitFor(() -> message("Canned answer deleted."))).isTrue();
        waitFor(() -> rowOf(shortcut) == null);
        assertThat(Browsers.cspViolations(session.browser)).as("no inline scripts").isEmpty();
    }

    private static void onDashboard() {
        session.onDashboard(WAIT);
    }

    private static void fill(String shortcut, String title, String text) {
        for (String[] field : new String[][] {{"answer:shortcut", shortcut}, {"answer:title", title}, {"answer:text", text}}) {
            WebElement input = session.browser.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        session.browser.findElement(By.id("answer:save")).click();
    }

    private static boolean message(String text) {
        return session.browser.findElements(By.cssSelector("#messages li")).stream().anyMatch(m -> m.getText().equals(text));
    }

    private static WebElement rowOf(String shortcut) {
        return session.browser.findElements(By.cssSelector("[data-sf=answers] tbody tr")).stream()
                .filter(row -> row.findElements(By.cssSelector("[data-sf=answer-shortcut]")).stream()
                        .anyMatch(cell -> cell.getText().equals("/" + shortcut)))
                .findFirst().orElse(null);
    }

    private static String add(Supervisor who, String scope, String language, String shortcut, String title, String text) throws Exception {
        HttpResponse<String> response = who.call("POST", "/api/answers", body(scope, language, shortcut, title, text));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response.body()).getString("id");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as("A3 A7 " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.body()).as("A3 a message").contains(message);
    }

    private static String body(String scope, String language, String shortcut, String title, String text) {
        return Json.createObjectBuilder().add("scope", scope).add("language", language).add("shortcut", shortcut)
                .add("title", title).add("text", text).build().toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(session.browser, WAIT, condition);
    }
}
