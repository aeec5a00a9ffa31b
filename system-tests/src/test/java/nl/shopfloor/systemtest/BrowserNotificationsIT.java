package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The dashboard as an installable web app with notifications (notifications N8-N10) in chromium: the manifest is served
 * and chromium finds nothing wrong with it, the service worker takes the dashboard as its scope, and with notifications
 * allowed a new chat while the dashboard is in a background tab shows a notification of the service worker's
 * registration; the address a notification opens shows that chat. Seed assumptions: demo shop "demo"; the agent is this
 * test's own.
 */
class BrowserNotificationsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String NAME = "Notify Tester " + java.util.UUID.randomUUID().toString().substring(0, 6);
    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("notify", NAME, true);

    @Test
    void theDashboardIsAnInstallableAppWithAServiceWorker() throws Exception {
        Browsers.logIn(session.browser, session.server, session.agent, WAIT);
        String origin = ServerAddress.of(session.server).origin();

        Object registration = session.browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(function (r) { done(r.scope + ' ' + r.active.scriptURL); })"
                + ".catch(function (e) { done('failed: ' + e); });");
        assertThat(registration).as("N9 the service worker serves the dashboard").isEqualTo(origin + "/dashboard/ " + origin + "/app/sw.js");

        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) session.browser.executeCdpCommand("Page.getAppManifest", Map.of());
        assertThat((String) manifest.get("url")).as("N9 linked from the dashboard").isEqualTo(origin + "/app/manifest.webmanifest");
        assertThat((List<?>) manifest.get("errors")).as("N9 chromium's own manifest check").isEmpty();

        HttpResponse<String> served = get("/app/manifest.webmanifest");
        assertThat(served.headers().firstValue("Content-Type").orElse("")).as("N9").startsWith("application/manifest+json");
        assertThat(served.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
        JsonObject json = Json.createReader(new StringReader(served.body())).readObject();
        URI manifestUri = URI.create(origin + "/app/manifest.webmanifest");
        assertThat(manifestUri.resolve(json.getString("start_url")).getPath()).isEqualTo("/dashboard/");
        assertThat(json.getString("display")).isEqualTo("standalone");
        assertThat(json.getString("name")).isNotBlank();
        assertThat(json.getString("short_name")).isNotBlank();
        assertThat(json.getString("theme_color")).matches("#[0-9a-f]{6}");
        List<String> purposes = new java.util.ArrayList<>();
        for (JsonObject icon : json.getJsonArray("icons").getValuesAs(JsonObject.class)) {
            HttpResponse<byte[]> image = HTTP.send(HttpRequest.newBuilder(manifestUri.resolve(icon.getString("src"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.headers().firstValue("Content-Type")).contains("image/png");
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(image.body()));
            assertThat(png.getWidth() + "x" + png.getHeight()).as("N9 %s", icon).isEqualTo(icon.getString("sizes"));
            purposes.add(icon.getString("sizes") + " " + icon.getString("purpose"));
        }
        assertThat(purposes).contains("192x192 any", "512x512 any", "512x512 maskable");

        HttpResponse<String> worker = get("/app/sw.js");
        assertThat(worker.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(worker.headers().firstValue("Service-Worker-Allowed")).contains("/dashboard/");
        assertThat(worker.headers().firstValue("Cache-Control")).as("a new version reaches every browser").contains("no-cache");
        assertThat(Browsers.cspViolations(session.browser)).as("S-HEAD the policy allows the worker and the manifest").isEmpty();
    }

    @Test
    void aNewChatWhileTheDashboardIsInTheBackgroundShowsANotificationThatOpensIt() throws Exception {
        String origin = ServerAddress.of(session.server).origin();
        session.browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("notifications")));
        Browsers.logIn(session.browser, session.server, session.agent, WAIT);
        Browsers.waitFor(session.browser, WAIT, () -> session.browser.findElement(
                By.xpath("//div[@id='presence:status']/div[.//span[text()='Online']]"))).click();
        Browsers.waitFor(session.browser, WAIT, () -> session.browser.findElement(By.id("live-status")).getAttribute("class").contains("sf-online"));
        assertThat(session.browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(function () { done(Notification.permission); });")).isEqualTo("granted");
        String dashboard = session.browser.getWindowHandle();

        session.browser.switchTo().newWindow(WindowType.TAB);
        session.browser.get(session.server.uri("/dashboard/profile.xhtml").toString());
        try (Shopper first = Shopper.arrive(session.server); Shopper second = Shopper.arrive(session.server)) {
            String firstChat = start(first, "First Shopper");
            String tag = "new_chat:" + firstChat;
            // The dashboard's tab is in the background now: its page shows the notification (N8 the same tag as a push).
            Browsers.waitFor(session.browser, WAIT, () -> notifications().contains(tag + " New chat"));
            assertThat(notifications()).as("N8 one per kind and chat").containsOnlyOnce(tag + " New chat");

            String secondChat = start(second, "Second Shopper");
            // What a click on a notification opens when no dashboard is open: the dashboard with that chat chosen.
            for (Map.Entry<String, String> chat : Map.of(firstChat, "First Shopper", secondChat, "Second Shopper").entrySet()) {
                session.browser.get(session.server.uri("/dashboard/?chat=" + chat.getKey()).toString());
                Browsers.waitFor(session.browser, WAIT, () -> chat.getValue().equals(
                        session.browser.findElement(By.id("conversation-heading")).getText()));
            }
            first.end();
            second.end();
        } finally {
            session.browser.close();
            session.browser.switchTo().window(dashboard);
        }
    }

    /** The notifications the dashboard's service worker registration shows now, as "tag title". */
    @SuppressWarnings("unchecked")
    private static List<String> notifications() {
        return (List<String>) session.browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(function (r) { return r.getNotifications(); })"
                + ".then(function (list) { done(list.map(function (n) { return n.tag + ' ' + n.title; })); })"
                + ".catch(function (e) { done(['failed: ' + e]); });");
    }

    private static String start(Shopper shopper, String name) {
        shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", name).add("topic", "order")
                .add("text", "Hello?").add("clientId", Shopper.clientId()).add("agent", shopper.publicIdOf(NAME)).build());
        return shopper.socket.awaitType("started", WAIT).getJsonObject("conversation").getString("id");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(session.server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
