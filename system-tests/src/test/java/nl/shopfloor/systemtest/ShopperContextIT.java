package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In two chromiums: while a shopper chats, their agent's customer panel shows where on the shop they are and their
 * cart, as the demo shop's page tells the widget (chat C20), and follows both live. Seed assumptions: demo shop
 * "demo" whose demo pages keep a cart; the agent is this test's own.
 */
class ShopperContextIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("context", "Context Test", true);
    static ChromeDriver shop;

    @BeforeAll
    static void shopBrowser() {
        shop = Browsers.start("nl");
    }

    @AfterAll
    static void quit() {
        if (shop != null) {
            shop.quit();
        }
    }

    @Test
    void theAgentSeesThePageAndTheCartOfTheShopperTheyChatWith() throws Exception {
        session.logIn(WAIT);
        Browsers.choosePresence(session.browser, "Online", WAIT);
        Conditions.await("online", () -> "ONLINE".equals(query("SELECT status FROM agent WHERE username = ?", session.agent)), WAIT);

        shop.get(session.server.uri("/demo/index.html").toString());
        waitFor(shop, () -> Browsers.widget(shop).findElement(By.cssSelector("[data-sf=button]")));
        shop.findElement(By.xpath("//article[h3='Lenovo ThinkPad T14 Gen 5']/button")).click();
        assertThat(shop.findElement(By.id("winkelwagen")).getText()).isEqualTo("In je winkelwagen: 1 artikel, € 1.149,00 excl. btw");
        String visitor = waitFor(shop, () -> (String) shop.executeScript("return localStorage.getItem('shopfloor.visitor.demo')"));

        final String chat;
        // The chat starts in another tab of the same visitor's (on /demo/en.html), for this test's agent.
        try (Shopper other = Shopper.arrive(session.server, visitor, 0)) {
            other.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Carla").add("topic", "product")
                    .add("text", "Welke dock past hierbij?").add("clientId", Shopper.clientId())
                    .add("agent", other.publicIdOf("Context Test")).build());
            chat = other.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");
            WebElement panel = waitFor(session.browser, () -> session.browser.findElement(By.cssSelector("[data-sf=customer-panel]:not([hidden])")));
            waitFor(session.browser, () -> chat.equals(panel.getAttribute("data-loaded")));
            // The shop's page in the browser hears of the chat and tells the cart at once.
            assertThat(waitFor(session.browser, () -> panel.findElements(By.cssSelector("[data-sf=cart-line]")).size() == 1))
                    .as("C20 the cart, pushed live").isTrue();
            assertThat(lines(panel)).as("C20 the shop's lines and total").containsExactly(
                    "1 × Lenovo ThinkPad T14 Gen 5 (LENOVO-THINKPAD-T14-GEN-5) €1,149.00", "Total: €1,149.00");
            assertThat(text(panel, "[data-sf=customer-now]")).as("C20 no other page yet").isEqualTo("On the page where the chat started.");

            shop.navigate().refresh();
            WebElement page = waitFor(session.browser, () -> panel.findElement(By.cssSelector("[data-sf=now-page]")));
            assertThat(page.getText()).as("C20 the page the shopper is on now").isEqualTo(shop.getTitle());
            assertThat(page.getAttribute("href")).isEqualTo(session.server.uri("/demo/index.html").toString());
            assertThat(text(panel, "[data-sf=customer-news]")).as("C20 announced politely").isEqualTo("The shopper opened another page.");

            shop.findElement(By.xpath("//article[h3='Dell P2425H']/button")).click();
            waitFor(session.browser, () -> panel.findElements(By.cssSelector("[data-sf=cart-line]")).size() == 2);
            assertThat(text(panel, "[data-sf=customer-news]")).as("C20").isEqualTo("The shopper's cart changed.");
            assertThat(lines(panel)).last().as("C20").isEqualTo("Total: €1,338.00");

            shop.get(session.server.uri("/demo/en.html").toString());
            waitFor(session.browser, () -> session.server.uri("/demo/en.html").toString()
                    .equals(panel.findElement(By.cssSelector("[data-sf=now-page]")).getAttribute("href")));
            assertThat(text(panel, "[data-sf=customer-news]")).as("C20").isEqualTo("The shopper opened another page.");
            assertThat(panel.findElements(By.cssSelector("[data-sf=cart-line]"))).as("C20 the same cart on the English page").hasSize(2);

            session.browser.navigate().refresh();
            WebElement reloaded = waitFor(session.browser, () -> session.browser.findElement(By.cssSelector("[data-sf=customer-panel]:not([hidden])")));
            waitFor(session.browser, () -> chat.equals(reloaded.getAttribute("data-loaded")));
            assertThat(reloaded.findElement(By.cssSelector("[data-sf=now-page]")).getAttribute("href")).as("C20 read back from the database")
                    .isEqualTo(session.server.uri("/demo/en.html").toString());
            assertThat(reloaded.findElements(By.cssSelector("[data-sf=cart-line]"))).hasSize(2);
            assertThat(Browsers.cspViolations(session.browser)).as("no inline scripts").isEmpty();

            other.socket.send(Json.createObjectBuilder().add("type", "cart").add("cart", Json.createObjectBuilder()
                    .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", "X").add("quantity", 0)))).build());
            JsonObject refused = other.socket.awaitType("error", WAIT);
            assertThat(refused.getString("code")).as("C20 C11").isEqualTo("invalid");
            assertThat(refused.getString("message")).contains("quantity");

            other.socket.send(Json.createObjectBuilder().add("type", "end").build());
            other.socket.awaitType("closed", WAIT);
        }

        ShopBackend shop = ShopBackend.withWriteKey(session.server, new Supervisor(session.server, "admin"), "context test");
        String subject = "{\"visitor\": \"" + visitor + "\"}";
        HttpResponse<String> exported = shop.call("POST", "/api/v1/privacy/export", subject);
        assertThat(exported.statusCode()).isEqualTo(200);
        JsonObject context = ShopBackend.json(exported.body()).getJsonArray("conversations").getJsonObject(0).getJsonObject("shopperContext");
        assertThat(context.getJsonObject("page").getString("url")).as("P1 C20 exported").endsWith("/demo/en.html");
        assertThat(context.getJsonObject("cart").getJsonArray("items")).hasSize(2);
        assertThat(shop.call("POST", "/api/v1/privacy/erase", subject).statusCode()).isEqualTo(200);
        assertThat(query("SELECT COUNT(*) FROM shopper_context WHERE conversation_id = ?", chat)).as("P2 C20 erased").isEqualTo("0");
    }

    private static List<String> lines(WebElement panel) {
        return panel.findElements(By.cssSelector("[data-sf=customer-cart] > li")).stream()
                .map(line -> line.getAttribute("textContent")).toList();
    }

    private static String text(WebElement context, String css) {
        return context.findElement(By.cssSelector(css)).getAttribute("textContent");
    }

    private static String query(String sql, String parameter) throws Exception {
        try (Connection db = session.server.jdbc(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static <T> T waitFor(WebDriver driver, Supplier<T> condition) {
        return Browsers.waitFor(driver, WAIT, condition);
    }
}
