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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Who the shopper is and how many came: the shop's signed identify claims link a visitor to its customer (and
 * nothing else does), the widget hands the page its visitor id and counts web sessions, and the shop posts its own
 * day counts. Seed assumptions: demo shop "demo" (time zone Europe/Amsterdam) with admin "admin".
 */
class IdentifyAndSessionsIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static ShopfloorServer server;
    static Supervisor admin;
    static ShopBackend shop;
    static ChromeDriver browser;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        admin = new Supervisor(server, "admin");
        shop = ShopBackend.withWriteKey(server, admin, "sessions test");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aClaimSignedWithTheShopsSecretLinksTheVisitorAndNothingElseDoes() throws Exception {
        String secret = admin.getJson("/api/keys/identify-secret").getString("secret");
        String customer = "C-" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        try (Shopper shopper = Shopper.arrive(server)) {
            assertThat(identify(shopper, customer, now, "0".repeat(64))).as("C17 forged").isFalse();
            assertThat(identify(shopper, customer, now - 7200, ShopBackend.sign(secret, customer, now - 7200))).as("C17 expired").isFalse();
            assertThat(identify(shopper, customer, now + 3600, ShopBackend.sign(secret, customer, now + 3600))).as("C17 from the future").isFalse();
            assertThat(identify(shopper, customer, now, null)).as("C17 unsigned").isFalse();
            assertThat(customerOf(shopper.visitor())).as("nothing stored for refused claims").isNull();

            assertThat(identify(shopper, customer, now, ShopBackend.sign(secret, customer, now))).as("C17 signed by the shop").isTrue();
            assertThat(customerOf(shopper.visitor())).as("C17 a newcomer is stored, linked").isEqualTo(customer);
        }
        String rotated = ShopBackend.json(admin.call("POST", "/api/keys/identify-secret/rotate", null).body()).getString("secret");
        assertThat(rotated).isNotEqualTo(secret);
        try (Shopper other = Shopper.arrive(server)) {
            assertThat(identify(other, customer, now, ShopBackend.sign(secret, customer, now))).as("C17 the old secret no longer holds").isFalse();
            assertThat(identify(other, customer, now, ShopBackend.sign(rotated, customer, now))).isTrue();
            assertThat(customerOf(other.visitor())).as("C17 one customer, several visitors (devices)").isEqualTo(customer);
        }
    }

    @Test
    void theWidgetGivesThePageItsVisitorIdAndCountsANewSessionOncePerVisit() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        long before = settledWidgetSessions(today);
        browser = Browsers.start("en");
        // a clean slate on a page of the same origin without the widget: a widget page loaded only to be cleared
        // might or might not have said hello (and counted a session) before the reload
        browser.get(server.uri("/api/health/ready").toString());
        browser.executeScript("localStorage.clear(); sessionStorage.clear();");
        browser.get(server.uri("/demo/en.html").toString());
        Object visitor = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " window.Shopfloor.push(['visitor', function (id) { done(id) }]);");
        assertThat(visitor).as("K5 Shopfloor.push(['visitor', fn])").isEqualTo(browser.executeScript(
                "return localStorage.getItem('shopfloor.visitor.demo')"));
        // K8 the shop's public figures: shares only, the same the server hands any page
        Conditions.await("the performance line filled", () -> browser.findElement(org.openqa.selenium.By.cssSelector(
                "[data-shopfloor-performance]")).getAttribute("data-sf") != null, WAIT);
        // WebDriver turns the no-break space before % into a plain one
        String line = browser.findElement(org.openqa.selenium.By.cssSelector("[data-shopfloor-performance]")).getText().replace('\u00a0', ' ');
        try (Shopper shopper = Shopper.arrive(server)) {
            shopper.socket.send(Json.createObjectBuilder().add("type", "performance").build());
            JsonObject figures = shopper.socket.awaitType("performance", WAIT);
            assertThat(figures.getInt("days")).isEqualTo(30);
            assertThat(figures.keySet()).as("K8 no personal data").isSubsetOf("type", "days", "targetSeconds", "satisfiedShare", "answeredShare");
            if (figures.containsKey("answeredShare")) {
                assertThat(line).contains(Math.round(figures.getJsonNumber("answeredShare").doubleValue() * 100) + " % of chats answered within 20 seconds").contains("(last 30 days)");
            }
            if (figures.containsKey("satisfiedShare")) {
                assertThat(line).contains(Math.round(figures.getJsonNumber("satisfiedShare").doubleValue() * 100) + " % of our customers satisfied");
            }
        }
        browser.navigate().refresh(); // the same visit: no new session
        browser.executeAsyncScript("var done = arguments[arguments.length - 1]; window.Shopfloor.push(['visitor', done]);");
        Conditions.await("the widget's session counted", () -> widgetSessions(today) >= before + 1, WAIT.multipliedBy(3));
        browser.executeScript("localStorage.setItem('shopfloor.active.demo', String(Date.now() - 31 * 60000))");
        browser.navigate().refresh(); // half an hour without activity: a new visit
        browser.executeAsyncScript("var done = arguments[arguments.length - 1]; window.Shopfloor.push(['visitor', done]);");
        Conditions.await("the second visit counted", () -> widgetSessions(today) >= before + 2, WAIT.multipliedBy(3));
        assertThat(widgetSessions(today)).as("K5 one per visit, not per page").isEqualTo(before + 2);
    }

    @Test
    void theShopPostsItsOwnDayCountsWhichReplaceEachOther() throws Exception {
        String day = "/api/v1/sessions/2026-11-30";
        assertThat(shop.call("PUT", day, "{\"sessions\": 1200}").statusCode()).isEqualTo(200);
        assertThat(shop.call("PUT", day, "{\"sessions\": 1234}").statusCode()).isEqualTo(200);
        JsonObject listed = ShopBackend.json(shop.call("GET", "/api/v1/sessions?from=2026-11-30&to=2026-11-30", null).body());
        assertThat(listed.getJsonArray("days").stream().map(JsonObject.class::cast)
                .filter(d -> d.getString("source").equals("shop")).map(d -> d.getJsonNumber("sessions").longValue()).toList())
                .as("K5 sent again: replaced").containsExactly(1234L);
        assertThat(shop.call("PUT", "/api/v1/sessions/30-11-2026", "{\"sessions\": 1}").statusCode()).isEqualTo(400);
        assertThat(shop.call("PUT", "/api/v1/sessions/2999-01-01", "{\"sessions\": 1}").statusCode()).isEqualTo(400);
        assertThat(shop.call("PUT", day, "{\"sessions\": -1}").statusCode()).isEqualTo(400);
        assertThat(shop.call("GET", "/api/v1/sessions?from=2026-12-01&to=2026-11-01", null).statusCode()).isEqualTo(400);
    }

    private static boolean identify(Shopper shopper, String customer, long ts, String sig) {
        var frame = Json.createObjectBuilder().add("type", "identify").add("customer", customer).add("ts", ts);
        if (sig != null) {
            frame.add("sig", sig);
        }
        shopper.socket.send(frame.build());
        return shopper.socket.awaitType("identified", WAIT).getBoolean("ok");
    }

    private static String customerOf(String visitor) throws Exception {
        try (Connection db = server.jdbc(); PreparedStatement query = db.prepareStatement("SELECT customer_ref FROM visitor WHERE id = ?")) {
            query.setString(1, visitor);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /**
     * The widgets' count once what earlier tests' pages counted is written: unchanged for five flushes of the server
     * (the tests run one after the other, so nothing else counts meanwhile).
     */
    private static long settledWidgetSessions(LocalDate day) throws Exception {
        long[] seen = {-1, System.nanoTime()};
        Conditions.await("earlier pages' sessions written", () -> {
            long now = widgetSessions(day);
            if (now != seen[0]) {
                seen[0] = now;
                seen[1] = System.nanoTime();
            }
            return System.nanoTime() - seen[1] >= ShopfloorServer.WEB_SESSIONS_FLUSH.multipliedBy(5).toNanos();
        }, WAIT);
        return seen[0];
    }

    private static long widgetSessions(LocalDate day) {
        JsonObject listed = ShopBackend.json(shop.call("GET", "/api/v1/sessions?from=" + day + "&to=" + day, null).body());
        return listed.getJsonArray("days").stream().map(JsonObject.class::cast).filter(d -> d.getString("source").equals("widget"))
                .mapToLong(d -> d.getJsonNumber("sessions").longValue()).sum();
    }


}
