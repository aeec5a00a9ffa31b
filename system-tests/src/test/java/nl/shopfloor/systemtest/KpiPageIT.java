package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In chromium: a supervisor opens the KPI page from the dashboard for a custom period around a known scenario (two
 * chats with jeroen, an order during one of them, a cancelled order, an order without a chat); every tile shows what
 * GET /api/kpi gives the same session for the same days, the agent table and its CSV have jeroen's row, and the
 * browser blocked nothing. An agent gets 403 and no link. Other tests share the server, so the scenario is checked as
 * changes in the API's figures, and the page against the API at a moment the figures stood still (web session counts
 * arrive every 10 s, unanswered chats become misses after 20 s).
 * Seed assumptions: demo shop "demo" (Europe/Amsterdam), agents jeroen and lisa, supervisor anouk, admin; password "demo".
 */
class KpiPageIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Locale ENGLISH = Locale.forLanguageTag("en");
    static ShopfloorServer server;
    static ChromeDriver browser;
    static String key;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        key = json(new Supervisor(server, "admin").call("POST", "/api/keys", "{\"name\": \"KpiPageIT\", \"scope\": \"write\"}").body())
                .getString("key");
        browser = Browsers.start("en");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSupervisorSeesTheApisFiguresForACustomPeriod() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate from = today.minusDays(1);
        LocalDate to = today.plusDays(1);
        String period = "?from=" + from + "&to=" + to;
        assertThat(shopApi("PUT", "/api/v1/sessions/" + from, "{\"sessions\": 40}").statusCode()).isEqualTo(200);
        JsonObject before = json(shopApi("GET", "/api/v1/kpi" + period, null).body());
        playScenario();
        JsonObject after = json(shopApi("GET", "/api/v1/kpi" + period, null).body());
        assertThat(change(before, after, "conversations")).as("K7 two chats").isEqualTo(2);
        assertThat(change(before, after, "orders")).as("K6 the cancelled order counts nowhere").isEqualTo(2);
        assertThat(money(after, "revenue").subtract(money(before, "revenue"))).isEqualByComparingTo("150.00");
        assertThat(change(before, after, "creditedOrdersDuring")).isEqualTo(1);
        assertThat(money(after, "chatRevenue").subtract(money(before, "chatRevenue"))).isEqualByComparingTo("120.00");

        logIn("anouk");
        waitFor(() -> browser.findElement(By.id("presence:kpi-link"))).click();
        waitFor(() -> browser.findElement(By.xpath("//form[@id='period']//label[text()='From–to']"))).click();
        type("period:from", from.toString());
        type("period:to", to.toString());
        // By keyboard, as a supervisor without a mouse would: from the last day on through the filters to the button, and Enter.
        for (String next : new String[]{"period:team", "period:agent", "period:topic", "period:origin", "period:page", "period:show"}) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as("reached by keyboard").isEqualTo(next);
        }
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitFor(() -> to.toString().equals(browser.findElement(By.cssSelector("[data-sf=tiles]")).getAttribute("data-to"))
                && from.toString().equals(browser.findElement(By.cssSelector("[data-sf=tiles]")).getAttribute("data-from")));

        String cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        AtomicReference<JsonObject> figures = new AtomicReference<>();
        AtomicReference<Map<String, String>> shown = new AtomicReference<>();
        Conditions.await("the page shown between two equal answers of /api/kpi", () -> {
            JsonObject first = json(get("/api/kpi" + period, cookie).body());
            WebElement tiles = browser.findElement(By.cssSelector("[data-sf=tiles]"));
            browser.findElement(By.id("period:show")).click();
            new WebDriverWait(browser, WAIT).until(ExpectedConditions.stalenessOf(tiles));
            shown.set(tiles());
            figures.set(json(get("/api/kpi" + period, cookie).body()));
            return first.equals(figures.get());
        }, WAIT);
        assertThat(shown.get()).as("K7 the page shows the API's figures").isEqualTo(expectedTiles(figures.get()));

        JsonObject jeroen = figures.get().getJsonArray("agents").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("agent").equals("jeroen")).findFirst().orElseThrow();
        assertThat(jeroen.getJsonNumber("creditedOrders").longValue()).isPositive();
        assertThat(agentCell("agent-conversations")).isEqualTo(count(jeroen.getJsonNumber("conversations").longValue()));
        assertThat(agentCell("agent-credited-orders")).isEqualTo(count(jeroen.getJsonNumber("creditedOrders").longValue()));
        assertThat(agentCell("agent-chat-revenue")).isEqualTo(money(jeroen.getJsonNumber("chatRevenue").bigDecimalValue()));
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(java.net.URI.create(browser.findElement(By.id("csv")).getAttribute("href")))
                .header("Cookie", cookie).timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("agent,conversations,creditedOrders,chatRevenue,csatAnswers,csatSatisfiedShare,csatAverageStars\r\n")
                .contains("\r\njeroen," + jeroen.getJsonNumber("conversations").longValue() + "," + jeroen.getJsonNumber("creditedOrders").longValue()
                        + "," + jeroen.getJsonNumber("chatRevenue").bigDecimalValue().toPlainString() + ","
                        + jeroen.getJsonObject("satisfaction").getJsonNumber("answers").longValue() + ",");
        assertThat(browser.findElement(By.cssSelector("[data-sf=attribution-days]")).getText())
                .contains(figures.get().getInt("attributionDays") + " days");
        assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();
    }

    @Test
    void theFiltersNarrowThePageAsTheyNarrowTheApi() throws Exception {
        KpiDataset data = KpiDataset.generate(server, ShopBackend.withWriteKey(server, new Supervisor(server, "admin"), "KpiPageIT filters"), 40);
        String team = data.teams.get("jeroen");
        logIn("anouk");
        browser.get(server.uri("/dashboard/kpi.xhtml").toString());
        waitFor(() -> browser.findElement(By.xpath("//form[@id='period']//label[text()='From–to']"))).click();
        type("period:from", data.from.toString());
        type("period:to", data.to.toString());
        new Select(browser.findElement(By.id("period:team"))).selectByValue(team);
        type("period:page", "/laptops/");
        browser.findElement(By.id("period:show")).click();
        waitFor(() -> data.to.toString().equals(browser.findElement(By.cssSelector("[data-sf=tiles]")).getAttribute("data-to"))
                && !browser.findElements(By.cssSelector("[data-sf=filter-note]")).isEmpty());

        String cookie = "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue();
        String query = "?" + data.period() + "&team=" + team + "&page=%2Flaptops%2F";
        JsonObject figures = json(get("/api/kpi" + query, cookie).body());
        assertThat(KpiDataset.comparable(figures)).as("K9").isEqualTo(data.expected(c -> team.equals(c.team())
                && c.page() != null && c.page().toLowerCase(Locale.ROOT).contains("/laptops/")));
        assertThat(tiles()).as("K9 the page shows the API's figures for the same filter").isEqualTo(expectedTiles(figures));
        JsonObject row = figures.getJsonArray("teams").stream().map(JsonObject.class::cast).filter(t -> t.getString("team").equals(team))
                .findFirst().orElseThrow();
        assertThat(teamCell("team-conversations", team)).isEqualTo(count(row.getJsonNumber("conversations").longValue()));
        assertThat(teamCell("team-chat-revenue", team)).isEqualTo(money(row.getJsonNumber("chatRevenue").bigDecimalValue()));
        assertThat(teamCell("team-csat-answers", team)).isEqualTo(count(row.getJsonObject("satisfaction").getJsonNumber("answers").longValue()));
        assertThat(teamCell("team-csat", team)).isEqualTo(percent(row.getJsonObject("satisfaction").get("satisfiedShare")));
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(java.net.URI.create(browser.findElement(By.id("teams-csv")).getAttribute("href")))
                .header("Cookie", cookie).timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).as("K9 the CSV has the page's filter").contains("\r\n" + team + "," + row.getString("name") + ","
                + row.getJsonNumber("conversations").longValue() + ",");
        assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();
    }

    @Test
    void anAgentGetsNoAccessAndNoLink() throws Exception {
        String cookie = new AgentLogin(server).login("lisa");
        HttpResponse<String> page = get("/dashboard/kpi.xhtml", cookie);
        assertThat(page.statusCode()).as("supervisors and admins only").isEqualTo(403);
        assertThat(page.body()).doesNotContain("data-sf=\"tiles\"");
        assertThat(get("/api/kpi/agents.csv?from=2026-01-01&to=2026-01-31", cookie).statusCode()).isEqualTo(403);
        HttpResponse<String> dashboard = get("/dashboard/", cookie);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).doesNotContain("kpi-link");
    }

    /** Two chats with jeroen, one answered; an order during it, a cancelled one, and one without a chat. */
    private static void playScenario() throws Exception {
        try (OnlineAgent jeroen = OnlineAgent.login(server, "jeroen"); Shopper a = Shopper.arrive(server); Shopper b = Shopper.arrive(server)) {
            a.start("Kim", "Is this laptop in stock?");
            jeroen.say(jeroen.awaitAssigned().getString("id"), "kpi-page-answer", "Yes, we have 4.");
            b.start("Noor", "Do you deliver on Sundays?");
            jeroen.awaitAssigned();
            put(order(a.visitor(), "120.00", "paid"));
            put(order(a.visitor(), "999.00", "cancelled"));
            put(order(null, "30.00", "paid"));
            a.end(); // the tests after this one count on agents with room and no chats waiting
            b.end();
        }
    }

    private static Map<String, String> tiles() {
        Map<String, String> tiles = new LinkedHashMap<>();
        browser.findElements(By.cssSelector("[data-sf^=tile-]")).forEach(t -> tiles.put(t.getAttribute("data-sf"), t.getText().strip()));
        return tiles;
    }

    /** The tiles as the English page must write the API's figures. */
    private static Map<String, String> expectedTiles(JsonObject f) {
        JsonObject responses = f.getJsonObject("firstResponse");
        Map<String, String> tiles = new LinkedHashMap<>();
        tiles.put("tile-conversations", count(f.getJsonNumber("conversations").longValue()));
        tiles.put("tile-sessions", count(f.getJsonNumber("sessions").longValue()));
        tiles.put("tile-engagement", percent(f.get("engagementRatio")));
        tiles.put("tile-chat-conversion", percent(f.get("chatConversion")));
        tiles.put("tile-site-conversion", percent(f.get("siteConversion")));
        tiles.put("tile-conversion-times", times(f.get("chatConversion"), f.get("siteConversion")));
        tiles.put("tile-chat-aov", money(f.get("chatAverageOrderValue")));
        tiles.put("tile-site-aov", money(f.get("siteAverageOrderValue")));
        tiles.put("tile-aov-times", times(f.get("chatAverageOrderValue"), f.get("siteAverageOrderValue")));
        tiles.put("tile-chat-revenue", money(f.get("chatRevenue")));
        tiles.put("tile-revenue-during", money(f.get("chatRevenueDuring")));
        tiles.put("tile-revenue-after", money(f.get("chatRevenueAfter")));
        tiles.put("tile-credited-orders", count(f.getJsonNumber("creditedOrders").longValue()) + " credited orders");
        tiles.put("tile-first-response", responses.containsKey("medianMillis")
                ? decimal(responses.getJsonNumber("medianMillis").longValue() / 1000.0) + " s" : "–");
        tiles.put("tile-first-response-p90", responses.containsKey("p90Millis")
                ? decimal(responses.getJsonNumber("p90Millis").longValue() / 1000.0) + " s" : "–");
        tiles.put("tile-within-target", percent(responses.get("withinTargetShare")));
        tiles.put("tile-abandoned", count(f.getJsonNumber("abandonedBeforeAnswer").longValue()));
        JsonObject csat = f.getJsonObject("satisfaction");
        tiles.put("tile-csat", percent(csat.get("satisfiedShare")));
        tiles.put("tile-csat-average", csat.get("averageStars") == JsonValue.NULL ? "–" : decimal(csat.getJsonNumber("averageStars").doubleValue()));
        tiles.put("tile-csat-answers", count(csat.getJsonNumber("answers").longValue()) + " ratings");
        return tiles;
    }

    private static String count(long count) {
        return NumberFormat.getIntegerInstance(ENGLISH).format(count);
    }

    private static String percent(JsonValue ratio) {
        if (ratio == null || ratio == JsonValue.NULL) {
            return "–";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(ENGLISH);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format(((JsonNumber) ratio).doubleValue());
    }

    private static String money(JsonValue amount) {
        return amount == null || amount == JsonValue.NULL ? "–" : money(((JsonNumber) amount).bigDecimalValue());
    }

    private static String money(BigDecimal amount) {
        NumberFormat money = NumberFormat.getCurrencyInstance(ENGLISH);
        money.setCurrency(Currency.getInstance("EUR"));
        return money.format(amount);
    }

    private static String times(JsonValue chat, JsonValue site) {
        if (chat == JsonValue.NULL || site == JsonValue.NULL || ((JsonNumber) site).doubleValue() == 0) {
            return "–";
        }
        return decimal(((JsonNumber) chat).doubleValue() / ((JsonNumber) site).doubleValue()) + "× the site";
    }

    private static String decimal(double value) {
        NumberFormat decimal = NumberFormat.getNumberInstance(ENGLISH);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        return decimal.format(value);
    }

    private static String teamCell(String sf, String team) {
        return browser.findElement(By.cssSelector("[data-sf=" + sf + "][data-team='" + team + "']")).getText().strip();
    }

    private static String agentCell(String sf) {
        return browser.findElement(By.cssSelector("[data-sf=" + sf + "][data-agent=jeroen]")).getText().strip();
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static void logIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(server.uri("/dashboard/").toString());
        waitFor(() -> browser.findElement(By.id("j_username"))).sendKeys(username);
        browser.findElement(By.id("j_password")).sendKeys(AgentLogin.DEMO_PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(() -> browser.findElement(By.id("presence:logout")));
    }

    private static long change(JsonObject before, JsonObject after, String field) {
        return after.getJsonNumber(field).longValue() - before.getJsonNumber(field).longValue();
    }

    private static BigDecimal money(JsonObject figures, String field) {
        return figures.getJsonNumber(field).bigDecimalValue();
    }

    private static String order(String visitor, String total, String status) {
        return "{\"id\": \"O-" + UUID.randomUUID() + "\"" + (visitor == null ? "" : ", \"visitor\": \"" + visitor + "\"")
                + ", \"totalExclVat\": " + total + ", \"totalInclVat\": " + total + ", \"currency\": \"EUR\", \"placedAt\": \""
                + Instant.now() + "\", \"status\": \"" + status + "\"}";
    }

    private static void put(String order) {
        HttpResponse<String> response = shopApi("PUT", "/api/v1/orders/" + json(order).getString("id"), order);
        assertThat(response.statusCode()).as("PUT order: %s", response.body()).isEqualTo(201);
    }

    private static HttpResponse<String> shopApi(String method, String path, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(WAIT).header("Authorization", "Bearer " + key)
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            return HTTP.send((json == null ? request : request.header("Content-Type", "application/json")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("Cookie", cookie).timeout(WAIT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
