package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Webhooks (W1–W8) with real receivers on 127.0.0.1, subscribed on the dashboard's webhooks page in chromium: the address
 * is verified by its challenge before any event; a chat's events arrive signed with the secret shown once; an
 * unverified address receives no shopper's text; a receiver that answers 500 gets every attempt, then the delivery is
 * parked until the retry button delivers it; erasing the shopper erases the deliveries. Each test deletes its
 * subscriptions on the page (and what a failed one left, in the database). The server runs with private addresses allowed and waits of PT1S,PT1S (ShopfloorServer).
 * Seed assumptions: demo admin "admin", agent "lisa" (Lisa Jansen), supervisor "anouk", password "demo".
 */
class WebhooksIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static ShopfloorServer server;
    static ChromeDriver browser;
    private static final List<String> made = new ArrayList<>();

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
        browser = Browsers.start("en");
    }

    /** What a failed test left behind, so that no later test's chats are posted to a receiver that is gone. */
    @AfterEach
    void deleteLeftovers() throws Exception {
        try (Connection db = server.jdbc()) {
            for (String subscription : made) {
                for (String table : List.of("webhook_delivery WHERE subscription_id", "webhook_subscription WHERE id")) {
                    try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " = ?")) {
                        delete.setString(1, subscription);
                        delete.executeUpdate();
                    }
                }
            }
        }
        made.clear();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aVerifiedAddressReceivesTheSignedEventsOfAChatAndAnUnverifiedOneNoShopperText() throws Exception {
        try (WebhookReceiver shop = WebhookReceiver.start(); WebhookReceiver unverified = WebhookReceiver.start()) {
            unverified.echoChallenge(false);
            logIn("admin");
            openPage();
            Subscribed verifiedOne = subscribe(shop.url(), "Chat started", "Chat ended", "Chat message (shopper and agent)", "Rating of a chat");
            Subscribed unverifiedOne = subscribe(unverified.url(), "Chat started", "Chat message (shopper and agent)", "Chat ended");

            WebhookReceiver.Received challenge = shop.await("W2 the challenge", 1, r -> "webhook.verification".equals(r.event()), WAIT).get(0);
            assertThat(challenge.data().getString("challenge")).as("W2 a random challenge").hasSizeGreaterThan(30);
            assertThat(challenge.signedWith(verifiedOne.secret)).as("W3 signed with the secret shown").isTrue();
            awaitVerified(verifiedOne.id);
            unverified.await("W2 the other challenge", 1, r -> "webhook.verification".equals(r.event()), WAIT);
            Conditions.await("W2 the unanswered challenge is recorded", () -> attemptsOf(unverifiedOne.id, "VERIFICATION") >= 1, WAIT);
            click(By.id("log:refresh"));
            waitFor(() -> verification(unverifiedOne.id).startsWith("Waiting for verification"));
            assertThat(waitFor(() -> verification(verifiedOne.id))).as("W2").startsWith("Verified");

            String conversation;
            String visitor;
            String lisaId;
            String words = "Webhook words " + System.nanoTime();
            try (OnlineAgent lisa = OnlineAgent.login(server, "lisa"); Shopper shopper = Shopper.arrive(server)) {
                lisaId = shopper.publicIdOf("Lisa Jansen");
                conversation = shopper.start("Eva", words + " first").getString("id");
                visitor = shopper.visitor();
                lisa.awaitAssigned();
                lisa.say(conversation, Shopper.clientId(), "Hello Eva, Lisa here");
                shopper.say(Shopper.clientId(), words + " second");
                lisa.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", conversation).build());
                shopper.socket.awaitType("closed", WAIT);
                shopper.socket.send(Json.createObjectBuilder().add("type", "survey").add("conversation", conversation).add("rating", 5)
                        .add("comment", "Quick").add("clientId", "webhook-rate").build());
                shopper.socket.awaitType("surveyAck", WAIT);
            }

            List<WebhookReceiver.Received> events = shop.await("W4 the chat's six events", 6, r -> isAbout(r, conversation), WAIT);
            assertThat(events.stream().map(WebhookReceiver.Received::event).sorted().toList()).as("W4 once each")
                    .containsExactly("conversation.closed", "conversation.started", "message.created", "message.created", "message.created",
                            "survey.answered");
            for (WebhookReceiver.Received event : events) {
                assertThat(event.signedWith(verifiedOne.secret)).as("W3 %s signed", event.event()).isTrue();
                assertThat(event.signedWith("whsec_not-the-secret")).isFalse();
                JsonObject json = event.json();
                assertThat(json.getString("type")).as("W3 the header names the event").isEqualTo(event.event());
                assertThat(json.getString("apiVersion")).as("W6").isEqualTo("v1");
                assertThat(json.getString("shop")).isEqualTo("demo");
                assertThat(event.data().getString("visitorId")).isEqualTo(visitor);
                assertThat(event.data().getString("agent")).as("W6 the agent's public id, not the user name").isEqualTo(lisaId);
            }
            assertThat(events.stream().map(WebhookReceiver.Received::delivery).collect(Collectors.toSet())).as("W3 a delivery id each").hasSize(6);
            assertThat(events.stream().filter(r -> r.event().equals("message.created")).map(r -> r.data().getJsonObject("message"))
                    .map(m -> m.getString("sender") + ": " + m.getString("text")).toList())
                    .containsExactlyInAnyOrder("shopper: " + words + " first", "agent: Hello Eva, Lisa here", "shopper: " + words + " second");
            JsonObject survey = events.stream().filter(r -> r.event().equals("survey.answered")).findFirst().orElseThrow().data();
            assertThat(survey.getInt("rating")).isEqualTo(5);
            assertThat(events.stream().filter(r -> r.event().equals("conversation.closed")).findFirst().orElseThrow().data()
                    .getString("closedBy")).isEqualTo("agent");

            // W2 the chat's rows were written in its transactions, and those committed before the events above went out
            assertThat(deliveryTypesOf(unverifiedOne.id)).as("W2 nothing but the challenge for an unverified address").containsOnly("VERIFICATION");
            assertThat(unverified.all()).as("W2").allSatisfy(r -> assertThat(r.event()).isEqualTo("webhook.verification"));
            assertThat(unverified.all().stream().map(WebhookReceiver.Received::body)).noneMatch(body -> body.contains(words));

            ShopBackend backend = ShopBackend.withWriteKey(server, new Supervisor(server, "admin"), "WebhooksIT erase");
            assertThat(backend.call("POST", "/api/v1/privacy/erase", "{\"visitor\": \"" + visitor + "\"}").statusCode()).isEqualTo(200);
            assertThat(deliveriesAbout(conversation)).as("W8 erased with the shopper").isZero();

            delete(verifiedOne.id);
            delete(unverifiedOne.id);
            assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();
        }
    }

    @Test
    void aFailingReceiverGetsEveryAttemptThenTheParkedDeliveryIsDeliveredByTheRetryButton() throws Exception {
        try (WebhookReceiver shop = WebhookReceiver.start()) {
            logIn("admin");
            openPage();
            Subscribed subscribed = subscribe(shop.url(), "Contact message");
            awaitVerified(subscribed.id);

            shop.answer(500);
            click(By.cssSelector("[data-sf=test-subscription][data-subscription='" + subscribed.id + "']"));
            waitFor(() -> browser.findElement(By.id("messages")).getText().contains("Test event"));
            List<WebhookReceiver.Received> attempts = shop.await("W5 three attempts", 3, r -> "webhook.test".equals(r.event()), WAIT);
            String delivery = attempts.get(0).delivery();
            assertThat(attempts).as("W3 the same delivery id on every attempt").allSatisfy(r -> assertThat(r.delivery()).isEqualTo(delivery));
            Conditions.await("W5 parked after the last attempt", () -> "PARKED".equals(statusOf(delivery)), WAIT);

            click(By.id("log:refresh"));
            waitFor(() -> "PARKED".equals(cell("delivery-status", delivery).getAttribute("data-status")));
            assertThat(waitFor(() -> cell("delivery-status", delivery).getText())).isEqualTo("Failed: parked");
            assertThat(waitFor(() -> cell("delivery-attempts", delivery).getText())).as("W5").isEqualTo("3");
            assertThat(waitFor(() -> row(delivery).getText())).as("W7 the last answer").contains("500");
            show("Delivered");
            waitFor(() -> browser.findElements(By.cssSelector("[data-sf=delivery-status][data-delivery='" + delivery + "']")).isEmpty());
            show("Failed: parked");
            waitFor(() -> cell("delivery-status", delivery).isDisplayed());
            assertThat(browser.findElements(By.cssSelector("#log [data-sf=delivery-status]")))
                    .as("W7 filtered by status").allSatisfy(status -> assertThat(status.getAttribute("data-status")).isEqualTo("PARKED"));

            shop.answer(200);
            click(By.cssSelector("[data-sf=retry-delivery][data-delivery='" + delivery + "']"));
            waitFor(() -> browser.findElement(By.id("messages")).getText().contains("queued again"));
            shop.await("W7 delivered after retry", 4, r -> delivery.equals(r.delivery()), WAIT);
            Conditions.await("W7 delivered", () -> "DELIVERED".equals(statusOf(delivery)), WAIT);
            show("All");
            waitFor(() -> "DELIVERED".equals(cell("delivery-status", delivery).getAttribute("data-status")));
            assertThat(browser.findElements(By.cssSelector("[data-sf=retry-delivery][data-delivery='" + delivery + "']"))).isEmpty();

            delete(subscribed.id);
            assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();
        }
    }

    @Test
    void anAddressWithCredentialsOrNoEventIsRefusedOnThePageAndOnlyAdminsOpenIt() throws Exception {
        logIn("admin");
        openPage();
        browser.findElement(By.id("subscription:url")).sendKeys("https://user:pw@hooks.example.com/in");
        click(By.xpath("//form[@id='subscription']//label[text()='Chat started']"));
        click(By.id("subscription:save"));
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-error")).getText().contains("without user name"));
        WebElement url = browser.findElement(By.id("subscription:url"));
        url.clear();
        url.sendKeys("https://hooks.example.com/in");
        click(By.xpath("//form[@id='subscription']//label[text()='Chat started']"));
        click(By.id("subscription:save"));
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-error")).getText().contains("Events"));
        assertThat(browser.findElements(By.id("shown-secret:secret"))).as("nothing made").isEmpty();

        String cookie = new AgentLogin(server).login("anouk");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.uri("/dashboard/webhooks.xhtml")).header("Cookie", cookie)
                .timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("W7 admins only").isEqualTo(403);
        assertThat(page.body()).doesNotContain("subscription:url");
    }

    @Test
    void theShopApiSubscribesAndReadsAndRetriesTheLog() throws Exception {
        ShopBackend backend = ShopBackend.withWriteKey(server, new Supervisor(server, "admin"), "WebhooksIT api");
        try (WebhookReceiver shop = WebhookReceiver.start()) {
            String id = "crm-" + System.nanoTime();
            String path = "/api/v1/webhooks/" + id;
            assertThat(backend.call("PUT", path, "{\"url\": \"ftp://" + "hooks.example.com/in\", \"events\": [\"message.created\"]}").statusCode())
                    .as("W2").isEqualTo(400);
            assertThat(backend.call("PUT", path, "{\"url\": \"" + shop.url() + "\", \"events\": [\"webhook.test\"]}").statusCode())
                    .as("W1 only the six events").isEqualTo(400);
            HttpResponse<String> made = backend.call("PUT", path, "{\"url\": \"" + shop.url() + "\", \"events\": [\"contact_message.created\"]}");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            JsonObject created = ShopBackend.json(made.body());
            made(subscriptionIdOf(id));
            String secret = created.getString("secret");
            assertThat(created.getBoolean("verified")).as("W2").isFalse();
            Conditions.await("W2 verified", () -> backend.get(path).getBoolean("verified"), WAIT);
            assertThat(backend.get(path).containsKey("secret")).as("W1 the secret is shown once").isFalse();

            String words = "Contact words " + System.nanoTime();
            try (Shopper shopper = Shopper.arrive(server)) {
                shopper.socket.send(Json.createObjectBuilder().add("type", "contact").add("name", "Bram").add("email", "bram@example.nl")
                        .add("topic", "service").add("text", words).add("clientId", Shopper.clientId()).build());
                shopper.socket.awaitType("contactAck", WAIT);
            }
            WebhookReceiver.Received contact = shop.await("W4 the contact message", 1, r -> r.body().contains(words), WAIT).get(0);
            assertThat(contact.event()).isEqualTo("contact_message.created");
            assertThat(contact.signedWith(secret)).as("W3").isTrue();
            assertThat(contact.data().getString("email")).isEqualTo("bram@example.nl");

            HttpResponse<String> rotated = backend.call("POST", path + "/secret", null);
            assertThat(rotated.statusCode()).isEqualTo(200);
            String newSecret = ShopBackend.json(rotated.body()).getString("secret");
            shop.answer(503);
            HttpResponse<String> test = backend.call("POST", path + "/test", null);
            assertThat(test.statusCode()).as(test.body()).isEqualTo(202);
            String delivery = ShopBackend.json(test.body()).getString("id");
            Conditions.await("W5 parked", () -> backend.get("/api/v1/webhook-deliveries?status=parked&limit=100").getJsonArray("deliveries")
                    .stream().map(JsonObject.class::cast).anyMatch(d -> d.getString("id").equals(delivery)), WAIT);
            List<WebhookReceiver.Received> attempts = shop.matching(r -> delivery.equals(r.delivery()));
            assertThat(attempts).as("W5 three attempts").hasSize(3).allSatisfy(r -> assertThat(r.signedWith(newSecret)).as("W3 the new secret").isTrue());

            shop.answer(200);
            HttpResponse<String> retried = backend.call("POST", "/api/v1/webhook-deliveries/" + delivery + "/retry", null);
            assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);
            Conditions.await("W7 delivered", () -> "DELIVERED".equals(statusOf(delivery)), WAIT);
            assertThat(backend.call("POST", "/api/v1/webhook-deliveries/" + delivery + "/retry", null).statusCode()).as("delivered already")
                    .isEqualTo(409);
            assertThat(backend.call("GET", "/api/v1/webhook-deliveries?status=lost", null).statusCode()).isEqualTo(400);

            assertThat(backend.call("DELETE", path, null).statusCode()).isEqualTo(204);
            assertThat(backend.call("GET", path, null).statusCode()).isEqualTo(404);
        }
    }

    private record Subscribed(String id, String secret) {
    }

    private static void made(String subscription) {
        made.add(subscription);
    }

    private static String subscriptionIdOf(String ref) throws Exception {
        return single("SELECT id FROM webhook_subscription WHERE ref = ? AND shop_id = 'demo'", ref);
    }

    /** Subscribes on the page and reads the secret it shows once. */
    private static Subscribed subscribe(String url, String... events) {
        WebElement field = waitFor(() -> browser.findElement(By.id("subscription:url")));
        field.clear();
        field.sendKeys(url);
        for (String event : events) {
            click(By.xpath("//form[@id='subscription']//label[text()='" + event + "']"));
        }
        click(By.id("subscription:save"));
        String secret = waitFor(() -> browser.findElement(By.id("shown-secret:secret")).getAttribute("value"));
        assertThat(secret).as("W1 a secret shown once").startsWith("whsec_");
        String id = waitFor(() -> browser.findElements(By.cssSelector("[data-sf=subscription-url]")).stream()
                .filter(cell -> cell.getText().equals(url)).findFirst().map(cell -> cell.getAttribute("data-subscription")).orElse(null));
        made(id);
        return new Subscribed(id, secret);
    }

    private static void delete(String subscription) {
        click(By.cssSelector("[data-sf=delete-subscription][data-subscription='" + subscription + "']"));
        Browsers.confirm(browser, WAIT);
        waitFor(() -> browser.findElements(By.cssSelector("[data-sf=subscription-url][data-subscription='" + subscription + "']")).isEmpty());
    }

    /** Verified in the database, then so shown on the page after a refresh. */
    private static void awaitVerified(String subscription) throws Exception {
        Conditions.await("W2 verified", () -> single("SELECT verified_at FROM webhook_subscription WHERE id = ?", subscription) != null, WAIT);
        click(By.id("log:refresh"));
        waitFor(() -> verification(subscription).startsWith("Verified"));
    }

    private static String verification(String subscription) {
        return browser.findElement(By.cssSelector("[data-sf=verification][data-subscription='" + subscription + "']")).getText();
    }

    /** Clicks what is there now: Ajax may just have replaced the element found a moment ago. */
    private static void click(By by) {
        waitFor(() -> {
            try {
                browser.findElement(by).click();
                return true;
            } catch (ElementNotInteractableException covered) {
                return false; // an overlay (a menu, a dialog) is still closing
            }
        });
    }

    /** Filters the log by status, as the admin does: the radio button's label. */
    private static void show(String status) {
        click(By.xpath("//form[@id='log']//label[text()='" + status + "']"));
    }

    private static boolean isAbout(WebhookReceiver.Received request, String conversation) {
        return request.body().contains(conversation) && !request.event().startsWith("webhook.");
    }

    private static WebElement cell(String sf, String delivery) {
        return browser.findElement(By.cssSelector("[data-sf=" + sf + "][data-delivery='" + delivery + "']"));
    }

    private static WebElement row(String delivery) {
        return cell("delivery-status", delivery).findElement(By.xpath("./ancestor::tr"));
    }

    private static void logIn(String username) {
        Browsers.logIn(browser, server, username, WAIT);
    }

    private static void openPage() {
        click(By.id("presence:webhooks-link"));
        waitFor(() -> browser.findElement(By.id("subscription:url")));
    }

    private static String statusOf(String delivery) throws Exception {
        return single("SELECT status FROM webhook_delivery WHERE id = ?", delivery);
    }

    private static int attemptsOf(String subscription, String type) throws Exception {
        String attempts = single("SELECT MAX(attempts) FROM webhook_delivery WHERE subscription_id = ? AND event_type = '" + type + "'", subscription);
        return attempts == null ? 0 : Integer.parseInt(attempts);
    }

    private static int deliveriesAbout(String conversation) throws Exception {
        return Integer.parseInt(single("SELECT COUNT(*) FROM webhook_delivery WHERE conversation_id = ?", conversation));
    }

    private static Set<String> deliveryTypesOf(String subscription) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement(
                "SELECT DISTINCT event_type FROM webhook_delivery WHERE subscription_id = ?")) {
            query.setString(1, subscription);
            List<String> types = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return Set.copyOf(types);
        }
    }

    private static String single(String sql, String parameter) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
