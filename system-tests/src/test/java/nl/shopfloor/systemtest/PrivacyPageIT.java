package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In chromium, on the admins' privacy page: a shopper found by e-mail address with what is held about them, the
 * export downloaded (the API's JSON), the erasure after a confirmation, both in the audit; the lifecycle thresholds
 * refused when at risk does not come before lost, and once saved used by the customer panel. A supervisor may not open
 * the page and has no link to it.
 * Seed assumptions: demo shop "demo" with admin "admin", supervisor "anouk" and agent "sanne", password "demo".
 */
class PrivacyPageIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static ShopfloorServer server;
    static Path downloads;
    static ChromeDriver browser;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        downloads = Files.createTempDirectory("privacy-page-it");
        browser = Browsers.start("en", downloads);
    }

    @AfterAll
    static void quit() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        // The tests after this one expect the default thresholds (M5), also when this one failed halfway.
        execute("UPDATE shop SET lifecycle_new_days = 30, lifecycle_at_risk_days = 90, lifecycle_lost_days = 365 WHERE id = 'demo'");
    }

    @Test
    void anAdminFindsAShopperDownloadsTheExportAndErasesThemAfterAConfirmation() throws Exception {
        String tail = UUID.randomUUID().toString().substring(0, 8);
        String email = "piet." + tail + "@example.com";
        String conversation;
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne"); Shopper piet = Shopper.arrive(server)) {
            piet.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Piet <b>" + tail + "</b>").add("email", email)
                    .add("topic", "order").add("text", "Has my order shipped? " + tail).add("clientId", "pp-" + tail).build());
            conversation = piet.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");
            sanne.awaitAssigned();
            sanne.say(conversation, "pp-a-" + tail, "Yes, this morning.");
            piet.end();
        }

        Browsers.logIn(browser, server, "admin", WAIT);
        waitFor(() -> browser.findElement(By.id("presence:privacy-link"))).click();
        waitFor(() -> browser.findElement(By.id("shopper:find"))).click();
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-error")).getText().contains("Please fill in"));

        browser.findElement(By.id("shopper:value")).sendKeys(email.toUpperCase());
        browser.findElement(By.id("shopper:find")).click();
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=held-conversations]")));
        assertThat(held("visitors")).as("P1 found by the address given in the chat, in any case").isEqualTo("1");
        assertThat(held("conversations")).isEqualTo("1");
        assertThat(held("messages")).isEqualTo("2");
        assertThat(held("contacts")).isEqualTo("0");

        browser.findElement(By.id("shopper:export")).click();
        Path file = downloads.resolve("shopper-export.json");
        waitFor(() -> Files.exists(file) && !Files.exists(downloads.resolve("shopper-export.json.crdownload")));
        JsonObject export = Json.createReader(new StringReader(Files.readString(file))).readObject();
        JsonObject chat = export.getJsonArray("conversations").getJsonObject(0);
        assertThat(chat.getString("id")).as("P1 the same export as the API").isEqualTo(conversation);
        assertThat(chat.getString("name")).isEqualTo("Piet <b>" + tail + "</b>");
        assertThat(chat.getJsonArray("messages").stream().map(m -> m.asJsonObject().getString("text")))
                .containsExactly("Has my order shipped? " + tail, "Yes, this morning.");

        browser.findElement(By.id("shopper:erase")).click();
        WebElement dialog = waitFor(() -> {
            WebElement message = browser.findElement(By.cssSelector(".ui-confirm-dialog-message"));
            return message.isDisplayed() ? message : null;
        });
        assertThat(dialog.getText()).as("P2 says what goes before it goes").contains("1 visitors, 1 chats");
        assertThat(count("SELECT COUNT(*) FROM conversation WHERE id = ?", conversation)).as("nothing erased before yes").isEqualTo(1);
        Browsers.confirm(browser, WAIT);
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-info")).getText().startsWith("Erased: 1 visitors, 1 chats"));
        assertThat(count("SELECT COUNT(*) FROM conversation WHERE id = ?", conversation)).as("P2").isZero();
        assertThat(count("SELECT COUNT(*) FROM chat_message WHERE conversation_id = ?", conversation)).as("P2").isZero();
        assertThat(browser.findElements(By.cssSelector("[data-sf=holdings]"))).as("nothing left to erase twice").isEmpty();

        assertThat(waitFor(() -> browser.findElements(By.cssSelector("[data-sf=audit-action]"))).stream().limit(2).map(WebElement::getText))
                .as("P3 latest first").containsExactly("Erasure", "Export");
        assertThat(browser.findElement(By.cssSelector("[data-sf=audit]")).getText()).as("P3 no address in the audit").doesNotContain(tail);
        assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();
    }

    @Test
    void theLifecycleThresholdsAreTheShopsAndTheCustomerPanelUsesThem() throws Exception {
        Supervisor admin = new Supervisor(server, "admin");
        ShopBackend shop = ShopBackend.withWriteKey(server, admin, "privacy page test");
        String tail = UUID.randomUUID().toString().substring(0, 8);
        String customer = "C-" + tail;
        assertThat(shop.call("PUT", "/api/v1/orders/O-" + tail, "{\"customer\": \"" + customer + "\", \"totalExclVat\": 10,"
                + " \"totalInclVat\": 12.10, \"currency\": \"EUR\", \"placedAt\": \"" + Instant.now().minus(Duration.ofDays(40))
                + "\", \"status\": \"paid\"}").statusCode()).isEqualTo(201);

        Browsers.logIn(browser, server, "admin", WAIT);
        browser.get(server.uri("/dashboard/privacy.xhtml").toString());
        fill("lifecycle:atRisk", "365");
        browser.findElement(By.id("lifecycle:save")).click();
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-error")).getText().contains("at risk comes before lost"));
        assertThat(count("SELECT lifecycle_at_risk_days FROM shop WHERE id = ?", "demo")).as("M5 refused").isEqualTo(90);

        String before = stageOf(customer, admin);
        assertThat(before).as("M5 default: active until 90 days").isEqualTo("active");
        fill("lifecycle:new", "10");
        fill("lifecycle:atRisk", "30");
        fill("lifecycle:lost", "60");
        browser.findElement(By.id("lifecycle:save")).click();
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-info")).getText().contains("Lifecycle saved"));
        assertThat(stageOf(customer, admin)).as("M5 at risk from 30 days in this shop").isEqualTo("at_risk");
    }

    @Test
    void aSupervisorGetsNoAccessAndNoLink() throws Exception {
        String cookie = new AgentLogin(server).login("anouk");
        HttpResponse<String> page = get("/dashboard/privacy.xhtml", cookie);
        assertThat(page.statusCode()).as("admins only").isEqualTo(403);
        assertThat(page.body()).doesNotContain("shopper:find");
        assertThat(get("/dashboard/", cookie).body()).doesNotContain("privacy-link");
        assertThat(HTTP.send(HttpRequest.newBuilder(server.uri("/api/test/clock")).header("Cookie", cookie).timeout(WAIT)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"offsetSeconds\": 0}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("the test clock: admins only").isEqualTo(403);
    }

    /** The customer's stage in the panel beside a chat of a visitor logged in as them, as sanne sees it. */
    private static String stageOf(String customer, Supervisor admin) throws Exception {
        Supervisor sanneApi = new Supervisor(server, "sanne");
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne"); Shopper shopper = Shopper.arrive(server)) {
            String secret = admin.getJson("/api/keys/identify-secret").getString("secret");
            long ts = Instant.now().getEpochSecond();
            shopper.socket.send(Json.createObjectBuilder().add("type", "identify").add("customer", customer).add("ts", ts)
                    .add("sig", ShopBackend.sign(secret, customer, ts)).build());
            assertThat(shopper.socket.awaitType("identified", WAIT).getBoolean("ok")).isTrue();
            String chat = shopper.start("Lifecycle " + customer, "A question").getString("id");
            sanne.awaitAssigned();
            try {
                return sanneApi.getJson("/api/conversations/" + chat + "/customer").getString("stage");
            } finally {
                shopper.end();
            }
        }
    }

    private static String held(String what) {
        return browser.findElement(By.cssSelector("[data-sf=held-" + what + "]")).getText().strip();
    }

    private static void fill(String id, String value) {
        WebElement field = waitFor(() -> browser.findElement(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie).timeout(WAIT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
