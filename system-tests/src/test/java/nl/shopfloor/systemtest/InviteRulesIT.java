package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Invite rules through the shop API (create, read, change, refuse, delete by the shop's id) and on the admins'
 * dashboard page in chromium: a rule made in the editor is refused at its field, then saved, listed with its conditions
 * in words, previewed, and tested against a sample activity. A supervisor may not open the page.
 * Seed assumptions: demo shop with admin "admin", supervisor "anouk" and its three demo rules (faq-45s, idle-60s, product-2min).
 */
class InviteRulesIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String RULE = "{\"name\": \"%s\", \"priority\": %d, \"conditions\": {\"type\": \"all\", \"of\": ["
            + "{\"type\": \"pageType\", \"in\": [\"cart\"]}, {\"type\": \"idle\", \"seconds\": 60}]}, \"presenter\": \"team\","
            + " \"presenterRef\": \"first-line\", \"caps\": {\"perSession\": 1}, \"controlShare\": 10, \"variants\": ["
            + "{\"ref\": \"a\", \"kind\": \"buttons\", \"share\": 60, \"text\": {\"en\": \"Stuck?\", \"nl\": \"Vast?\"}, \"buttons\": ["
            + "{\"label\": {\"en\": \"Chat\", \"nl\": \"Chatten\"}, \"action\": \"open_chat\"},"
            + " {\"label\": {\"en\": \"Delivery\", \"nl\": \"Levering\"}, \"action\": \"open_link\", \"link\": \"https://shop.example/delivery\"}]},"
            + " {\"ref\": \"b\", \"kind\": \"question\", \"share\": 40, \"text\": {\"en\": \"Ask us\", \"nl\": \"Vraag het ons\"},"
            + " \"placeholder\": {\"en\": \"Your question\", \"nl\": \"Je vraag\"}}]}";
    static ShopfloorServer server;
    static ChromeDriver browser;
    static String writeKey;
    static String readKey;

    @BeforeAll
    static void boot() throws Exception {
        server = ShopfloorServer.shared();
        Supervisor admin = new Supervisor(server, "admin");
        writeKey = key(admin, "InviteRulesIT write", "write");
        readKey = key(admin, "InviteRulesIT read", "read");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theShopManagesItsRulesByItsOwnIdThroughTheApi() throws Exception {
        String id = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = call("PUT", "/api/v1/invite-rules/" + id, writeKey, RULE.formatted("Cart idle", 20));
        assertThat(created.statusCode()).as("I9 PUT creates: %s", created.body()).isEqualTo(201);
        JsonObject rule = json(created);
        assertThat(rule.getString("id")).isEqualTo(id);
        assertThat(rule.getJsonArray("variants")).hasSize(2);
        assertThat(rule.getJsonArray("variants").getJsonObject(0).getJsonArray("buttons").getJsonObject(1).getString("link"))
                .isEqualTo("https://shop.example/delivery");

        HttpResponse<String> read = call("GET", "/api/v1/invite-rules/" + id, readKey, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).getJsonObject("conditions").getJsonArray("of")).hasSize(2);
        assertThat(json(read).getString("presenterRef")).isEqualTo("first-line");
        assertThat(json(read).getString("optimise")).as("I11 judged on conversion unless the shop says otherwise").isEqualTo("conversion");

        HttpResponse<String> changed = call("PUT", "/api/v1/invite-rules/" + id, writeKey, RULE.formatted("Cart idle, changed", 25)
                .replaceFirst("\\{", "{\"optimise\": \"revenue-per-visitor\", "));
        assertThat(changed.statusCode()).as("I9 PUT changes: %s", changed.body()).isEqualTo(200);
        assertThat(json(call("GET", "/api/v1/invite-rules/" + id, readKey, null)).getInt("priority")).isEqualTo(25);
        assertThat(json(call("GET", "/api/v1/invite-rules/" + id, readKey, null)).getString("optimise")).isEqualTo("revenue-per-visitor");

        HttpResponse<String> list = call("GET", "/api/v1/invite-rules", readKey, null);
        assertThat(json(list).getJsonArray("inviteRules").getValuesAs(JsonObject.class).stream().map(r -> r.getString("id")))
                .as("I9 with the demo rules' ids").contains(id, "faq-45s", "idle-60s", "product-2min");

        String posted = id + "-p";
        String body = RULE.formatted("Posted", 5).replaceFirst("\\{", "{\"id\": \"" + posted + "\", ");
        assertThat(call("POST", "/api/v1/invite-rules", writeKey, body).statusCode()).as("I9 POST creates").isEqualTo(201);
        HttpResponse<String> again = call("POST", "/api/v1/invite-rules", writeKey, body);
        assertThat(again.statusCode()).as("POST does not replace").isEqualTo(409);
        assertThat(json(again).getString("error")).contains("PUT");

        assertThat(call("PUT", "/api/v1/invite-rules/" + id, readKey, RULE.formatted("x", 1)).statusCode()).as("a read key only reads").isEqualTo(403);

        assertThat(call("DELETE", "/api/v1/invite-rules/" + posted, writeKey, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/invite-rules/" + posted, readKey, null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/v1/invite-rules/" + posted, writeKey, null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/v1/invite-rules/" + id, writeKey, null).statusCode()).isEqualTo(204);
    }

    @Test
    void aRuleThatCannotBeUsedIsRefusedWithEveryProblemAtItsField() throws Exception {
        String id = "IT-" + UUID.randomUUID().toString().substring(0, 8);
        String bad = RULE.formatted("Bad", 2000).replace("\"seconds\": 60", "\"seconds\": -1").replace("\"nl\": \"Vast?\"", "\"nl\": \"\"")
                .replace("\"share\": 40", "\"share\": 30");
        HttpResponse<String> refused = call("PUT", "/api/v1/invite-rules/" + id, writeKey, bad);
        assertThat(refused.statusCode()).as("I9 %s", refused.body()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("Exception", "nl.shopfloor");
        JsonObject answer = json(refused);
        assertThat(answer.getString("error")).startsWith("The invite rule was refused");
        assertThat(answer.getJsonArray("problems").getValuesAs(JsonObject.class).stream().map(p -> p.getString("field")))
                .as("I9 every problem, each at its field").containsExactlyInAnyOrder("priority", "conditions.of[1].seconds", "variants[0].textNl", "variants");
        assertThat(call("GET", "/api/v1/invite-rules/" + id, readKey, null).statusCode()).as("nothing stored").isEqualTo(404);

        HttpResponse<String> shape = call("PUT", "/api/v1/invite-rules/" + id, writeKey, "{\"name\": \"x\", \"conditions\": \"idle\", \"variants\": []}");
        assertThat(shape.statusCode()).isEqualTo(400);
        assertThat(json(shape).getString("error")).contains("'conditions'");
        assertThat(call("PUT", "/api/v1/invite-rules/" + id, writeKey, RULE.formatted("Other id", 1).replaceFirst("\\{", "{\"id\": \"other\", "))
                .statusCode()).as("the body names no other id").isEqualTo(400);
    }

    @Test
    void aSupervisorGetsNoAccessAndNoLink() throws Exception {
        String cookie = new AgentLogin(server).login("anouk");
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.uri("/dashboard/invites.xhtml")).header("Cookie", cookie).timeout(WAIT)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("admins only").isEqualTo(403);
        HttpResponse<String> dashboard = HTTP.send(HttpRequest.newBuilder(server.uri("/dashboard/")).header("Cookie", cookie).timeout(WAIT)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(dashboard.body()).doesNotContain("invites-link");
    }

    @Test
    void anAdminMakesPreviewsAndTestsARuleInTheEditor() throws Exception {
        browser = Browsers.start("en");
        Browsers.logIn(browser, server, "admin", WAIT);
        waitFor(() -> browser.findElement(By.id("presence:invites-link"))).click();
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=rule-name][data-rule='faq-45s']")));
        assertThat(words("faq-45s")).as("I9 in words").isEqualTo("on a faq page and at least 45 s on the page");

        browser.findElement(By.id("rules:new")).click();
        String name = "Editor " + UUID.randomUUID().toString().substring(0, 6);
        waitFor(() -> browser.findElement(By.id("editor:name"))).sendKeys(name);
        WebElement conditions = browser.findElement(By.id("editor:json"));
        conditions.clear();
        conditions.sendKeys("{\"type\":\"all\",\"of\":[{\"type\":\"pageType\",\"in\":[\"product\"]},{\"type\":\"idle\",\"seconds\":60}]}");
        conditions.sendKeys(Keys.TAB);
        waitFor(() -> browser.findElements(By.cssSelector("[data-sf=condition-row]")).size() == 2);
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=editor-words]")).getText().equals("on a product page and idle for at least 60 s"));
        WebElement seconds = browser.findElement(By.cssSelector("[data-sf=condition-row]:nth-child(2) [data-field=seconds]"));
        assertThat(seconds.getAttribute("value")).as("I9 the rows follow the JSON").isEqualTo("60");
        seconds.clear();
        seconds.sendKeys("90", Keys.TAB);
        waitFor(() -> browser.findElement(By.id("editor:json")).getAttribute("value").contains("\"seconds\":90"));

        WebElement english = browser.findElement(By.cssSelector("[data-sf=variant-text-en]"));
        english.sendKeys("Need a hand?", Keys.TAB);
        waitFor(() -> preview("a", "en").equals("Need a hand?"));
        browser.findElement(By.id("editor:save")).click();
        waitFor(() -> browser.findElement(By.cssSelector("#messages .sf-result-error")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("[data-sf=variant] [data-sf=problems]")).getText())
                .as("I9 the problem at its field").contains("missing");

        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=variant-text-nl]"))).sendKeys("Hulp nodig?", Keys.TAB);
        waitFor(() -> preview("a", "nl").equals("Hulp nodig?"));
        assertThat(browser.findElement(By.cssSelector("[data-sf=preview][data-variant=a][data-lang=nl] .sf-invite-who")).getText())
                .as("routed").isEqualTo("One of our team");

        browser.findElement(By.id("test:idle")).clear();
        browser.findElement(By.id("test:idle")).sendKeys("30");
        browser.findElement(By.id("test:run")).click();
        waitFor(() -> result().contains("does not match"));
        assertThat(result()).as("I9 names the failing condition").contains("idle for at least 90 s").contains("conditions.of[1]");
        browser.findElement(By.id("test:idle")).clear();
        browser.findElement(By.id("test:idle")).sendKeys("95");
        browser.findElement(By.id("test:run")).click();
        waitFor(() -> result().equals("The rule matches this activity."));

        browser.findElement(By.id("editor:save")).click();
        String ref = "editor-" + name.substring("Editor ".length()).toLowerCase();
        waitFor(() -> browser.findElement(By.cssSelector("[data-sf=rule-name][data-rule='" + ref + "']")));
        assertThat(words(ref)).as("I9 listed in words").isEqualTo("on a product page and idle for at least 90 s");
        assertThat(browser.findElements(By.id("editor:name"))).as("the editor closes").isEmpty();
        assertThat(Browsers.cspViolations(browser)).as("S-HEAD").isEmpty();

        HttpResponse<String> stored = call("GET", "/api/v1/invite-rules/" + ref, readKey, null);
        assertThat(stored.statusCode()).as("the API knows it by the ref made from its name").isEqualTo(200);
        JsonObject variant = json(stored).getJsonArray("variants").getJsonObject(0);
        assertThat(variant.getJsonObject("text").getString("nl")).isEqualTo("Hulp nodig?");
        assertThat(json(stored).getJsonObject("conditions").toString()).contains("\"seconds\":90");
    }

    private static String words(String ref) {
        return browser.findElement(By.cssSelector("[data-sf=rule-words][data-rule='" + ref + "']")).getText().strip();
    }

    private static String preview(String variant, String language) {
        return browser.findElement(By.cssSelector("[data-sf=preview][data-variant=" + variant + "][data-lang=" + language + "] [data-sf=preview-text]"))
                .getText().strip();
    }

    private static String result() {
        return browser.findElement(By.cssSelector("[data-sf=test-result]")).getText().strip();
    }

    private static String key(Supervisor admin, String name, String scope) throws Exception {
        HttpResponse<String> response = admin.call("POST", "/api/keys", "{\"name\": \"" + name + "\", \"scope\": \"" + scope + "\"}");
        assertThat(response.statusCode()).as("POST /api/keys: %s", response.body()).isEqualTo(201);
        return ((JsonString) json(response).get("key")).getString();
    }

    private static HttpResponse<String> call(String method, String path, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(WAIT).header("Authorization", "Bearer " + key)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static <T> T waitFor(Supplier<T> condition) {
        return Browsers.waitFor(browser, WAIT, condition);
    }
}
