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
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The dashboard as an installable web app with notifications (notifications N8-N10) in chromium at a phone's size
 * (390×844): the manifest is served and chromium finds nothing wrong with it, the service worker takes the dashboard as its scope, and with notifications
 * allowed a new chat while the dashboard is in a background tab shows a notification of the service worker's
 * registration, and so does a Web Push message handed to the service worker (DevTools' deliverPushMessage, as the
 * browser does with what its push service delivers). A click on a notification (headless chromium shows none to click:
 * the service worker's click handler is given the shown notification through DevTools) makes the workspace in the
 * background show that chat and closes the notification; the address a click opens when no workspace is open shows
 * that chat. A chat given while the workspace's socket was lost is notified when it is back. Logging out ends that
 * browser's push subscription and no other device's (N12). Seed assumptions: demo
 * shop "demo"; the agent is this test's own.
 */
class BrowserNotificationsIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static final String NAME = "Notify Tester " + java.util.UUID.randomUUID().toString().substring(0, 6);
    @RegisterExtension
    static final Browsers.Dashboard session = new Browsers.Dashboard("notify", NAME, true, Browsers.PHONE);

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
    void theAgentChoosesWhatTheyAreNotifiedOfOnTheirProfilePage() {
        Browsers.logIn(session.browser, session.server, session.agent, WAIT);
        session.browser.get(session.server.uri("/dashboard/profile.xhtml").toString());
        By message = By.cssSelector("[data-sf=notify-kind][value=message]");
        By tone = By.cssSelector("[data-sf=notify-sound]");
        Browsers.waitFor(session.browser, WAIT, () -> session.browser.findElement(message).isSelected());
        assertThat(session.browser.findElement(tone).isSelected()).as("N2 never chosen: everything, with the tone").isTrue();
        try {
            session.browser.findElement(message).click();
            Browsers.waitFor(session.browser, WAIT, () -> "Saved.".equals(session.browser.findElement(By.cssSelector("[data-sf=notify-status]")).getText()));
            session.browser.findElement(tone).click();
            Browsers.waitFor(session.browser, WAIT, () -> "Saved.".equals(session.browser.findElement(By.cssSelector("[data-sf=notify-status]")).getText()));
            session.browser.navigate().refresh();
            Browsers.waitFor(session.browser, WAIT, () -> session.browser.findElement(By.cssSelector("[data-sf=notify-kind][value=new_chat]")).isSelected());
            assertThat(session.browser.findElement(message).isSelected()).as("N2 kept").isFalse();
            assertThat(session.browser.findElement(tone).isSelected()).as("N10 the mute is remembered").isFalse();
            assertThat(session.browser.findElement(By.cssSelector("[data-sf=push-enable]")).isDisplayed()).as("N3 offered").isTrue();
            assertThat(Browsers.cspViolations(session.browser)).as("S-HEAD").isEmpty();
        } finally {
            session.browser.findElement(message).click();
            Browsers.waitFor(session.browser, WAIT, () -> "Saved.".equals(session.browser.findElement(By.cssSelector("[data-sf=notify-status]")).getText()));
            session.browser.findElement(tone).click();
        }
    }

    /**
     * N12 Logging out ends this browser's push for the agent, and only this browser's. The subscription is posted from
     * the page as notification-settings.js posts what {@code pushManager.subscribe} gives (headless chromium cannot
     * reach a browser vendor's push service to make one).
     */
    @Test
    void loggingOutEndsThisBrowsersPushAndNoOtherDevices() throws Exception {
        Browsers.logIn(session.browser, session.server, session.agent, WAIT);
        String tail = java.util.UUID.randomUUID().toString();
        String here = "http://127.0.0.1:9/push/here-" + tail;
        String elsewhere = "http://127.0.0.1:9/push/elsewhere-" + tail;
        Supervisor otherDevice = new Supervisor(session.server, session.agent);
        try {
            assertThat(fromPage("POST", "/api/notifications/subscriptions", new PushBrowser().subscription(here))).isEqualTo(201);
            assertThat(otherDevice.call("POST", "/api/notifications/subscriptions", new PushBrowser().subscription(elsewhere))
                    .statusCode()).isEqualTo(201);
            assertThat(fromPage("GET", "/api/notifications/subscriptions?endpoint=" + java.net.URLEncoder.encode(here,
                    java.nio.charset.StandardCharsets.UTF_8), null)).as("N12 the profile page asks whose it is").isEqualTo(200);
            assertThat(session.browser.manage().getCookieNamed("sf_device").isHttpOnly()).as("N12 the device cookie").isTrue();

            Browsers.followTopLink(session.browser, "presence:logout", WAIT);
            Browsers.waitFor(session.browser, WAIT, () -> session.browser.findElement(By.id("j_username")));
            assertThat(subscriptionsWith(here)).as("N12 this browser's push ended at log-out").isZero();
            assertThat(subscriptionsWith(elsewhere)).as("N12 the agent's other device keeps theirs").isEqualTo(1);
            assertThat(otherDevice.call("GET", "/api/notifications/subscriptions?endpoint=" + java.net.URLEncoder.encode(here,
                    java.nio.charset.StandardCharsets.UTF_8), null).statusCode()).as("N12 not theirs any more").isEqualTo(404);
        } finally {
            otherDevice.call("DELETE", "/api/notifications/subscriptions?endpoint=" + java.net.URLEncoder.encode(elsewhere,
                    java.nio.charset.StandardCharsets.UTF_8), null);
        }
    }

    /** A same-origin request from the dashboard's page, with its cookies; returns the HTTP status. */
    private static long fromPage(String method, String path, String body) {
        return (Long) session.browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: arguments[1], credentials: 'same-origin', body: arguments[2],"
                + " headers: {'Content-Type': 'application/json', Accept: 'application/json'}})"
                + ".then(function (r) { done(r.status); }).catch(function (e) { done(-1); });", path, method, body);
    }

    private static int subscriptionsWith(String endpoint) throws Exception {
        try (java.sql.Connection db = session.server.jdbc();
             java.sql.PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM push_subscription WHERE endpoint = ?")) {
            query.setString(1, endpoint);
            try (java.sql.ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void aNewChatWhileTheDashboardIsInTheBackgroundShowsANotificationThatOpensIt() throws Exception {
        String origin = ServerAddress.of(session.server).origin();
        session.browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("notifications")));
        String warnings = recordWarnings();
        Browsers.logIn(session.browser, session.server, session.agent, WAIT);
        Browsers.choosePresence(session.browser, "Online", WAIT);
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
            awaitNotification(origin, tag + " New chat", WAIT);
            assertThat(notifications()).as("N8 one per kind and chat").containsOnlyOnce(tag + " New chat");
            String secondChat = start(second, "Second Shopper");
            String secondTag = "new_chat:" + secondChat;
            awaitNotification(origin, secondTag + " New chat", WAIT);

            // A Web Push message, as the browser's push service hands it to the service worker: shown while the
            // workspace is in the background (the profile page in front is not the workspace).
            String pushed = Json.createObjectBuilder().add("kind", "message").add("chat", firstChat).add("title", "New message")
                    .add("body", "A shopper wrote in one of your chats.").add("tag", "message:" + firstChat).build().toString();
            deliverPushUntilShown(origin, pushed, "message:" + firstChat + " New message");

            // A click on the second chat's notification while the workspace, in the background, shows the first chat:
            // the workspace shows the second one, and the notification is gone.
            assertThat(workspaceHeading(origin)).as("the workspace opened the first chat itself").isEqualTo("First Shopper");
            assertThat(clickNotification(origin, secondTag)).isEqualTo("clicked");
            Browsers.waitFor(session.browser, WAIT, () -> "Second Shopper".equals(workspaceHeading(origin)));
            assertThat(notifications()).as("N9 the clicked one is closed").doesNotContain(secondTag + " New chat");
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
            session.browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", warnings));
        }
    }

    /**
     * Keeps what the pages opened from now on in this tab write with console.warn (notifications.js says so when a
     * notification could not be shown), for {@link #awaitNotification}'s failure message.
     */
    private static String recordWarnings() {
        return (String) session.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "(function () { var warn = console.warn; window.sfWarnings = [];"
                        + " console.warn = function () { window.sfWarnings.push(Array.prototype.map.call(arguments, String).join(' '));"
                        + " return warn.apply(console, arguments); }; }());")).get("identifier");
    }

    /**
     * N8 A chat given to the agent while the workspace's socket was lost (a phone's network, a server that closed it as
     * too slow) is told of when the socket is back, from the snapshot it then gets instead of the frames in between.
     * The agent stays available meanwhile through a second dashboard of theirs (this test's own socket). The workspace's
     * page keeps its agent socket where the test can close it and, while told to hold, opens new ones at an address that
     * refuses them; without the snapshot's comparison this test fails (tried).
     */
    @Test
    void aChatGivenWhileTheWorkspaceWasDisconnectedIsNotifiedWhenItIsBack() throws Exception {
        String origin = ServerAddress.of(session.server).origin();
        session.browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", origin, "permissions", List.of("notifications")));
        String held = (String) session.browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "(function () { var Real = window.WebSocket;"
                        + " window.WebSocket = function (url, protocols) {"
                        + "  var agent = url.indexOf('/ws/agent') >= 0;"
                        + "  var socket = new Real(agent && window.sfHold ? url.replace('/ws/agent', '/ws/held') : url, protocols);"
                        + "  if (agent) { window.sfAgentSocket = socket; }"
                        + "  return socket; };"
                        + " window.WebSocket.prototype = Real.prototype;"
                        + " ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (k) { window.WebSocket[k] = Real[k]; }); }());"))
                .get("identifier");
        String dashboard = session.browser.getWindowHandle();
        try (JsonSocket otherDevice = JsonSocket.connect(session.server.wsUri("/ws/agent"), session.server.origin(),
                new AgentLogin(session.server).login(session.agent))) {
            otherDevice.awaitType("snapshot", WAIT);
            Browsers.logIn(session.browser, session.server, session.agent, WAIT);
            Browsers.choosePresence(session.browser, "Online", WAIT);
            session.browser.switchTo().newWindow(WindowType.TAB);
            session.browser.get(session.server.uri("/dashboard/profile.xhtml").toString());

            assertThat(inWorkspace(origin, "window.sfHold = true; window.sfAgentSocket.close(); 'closed'")).isEqualTo("closed");
            Browsers.waitFor(session.browser, WAIT, () -> "false".equals(inWorkspace(origin, "String(document.getElementById('connection').hidden)")));
            try (Shopper shopper = Shopper.arrive(session.server)) {
                String chat = start(shopper, "Meanwhile Shopper");
                String tag = "new_chat:" + chat;
                assertThat(notifications()).as("the workspace is not connected: nothing told it yet").doesNotContain(tag + " New chat");

                assertThat(inWorkspace(origin, "window.sfHold = false; 'released'")).isEqualTo("released");
                // the workspace tries again after its back-off (at most 16 s), slower in a background tab
                awaitNotification(origin, tag + " New chat", WAIT.multipliedBy(2));
                assertThat(notifications()).as("N8 one per kind and chat").containsOnlyOnce(tag + " New chat");
                shopper.end();
            }
        } finally {
            session.browser.close();
            session.browser.switchTo().window(dashboard);
            session.browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", held));
        }
    }

    /** Waits for a notification shown as "tag title"; a failure says what was shown and how the workspace stood. */
    private static void awaitNotification(String origin, String notification, Duration wait) {
        try {
            Browsers.waitFor(session.browser, wait, () -> notifications().contains(notification));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no notification " + notification + "; shown: " + notifications() + "; workspace: "
                    + inWorkspace(origin, "JSON.stringify({hidden: document.hidden, disconnected: !document.getElementById('connection').hidden,"
                    + " chats: Array.prototype.map.call(document.querySelectorAll('#chat-list [data-conversation]'), function (c) { return c.dataset.conversation; }),"
                    + " heading: document.getElementById('conversation-heading').textContent, warnings: window.sfWarnings || null})"), e);
        }
    }

    /** A script's value in the workspace's tab, run there without bringing that tab to the front. */
    private static String inWorkspace(String origin, String script) {
        try (DevTools workspace = DevTools.connect(session.browser, "page",
                url -> url.equals(origin + "/dashboard/") || url.startsWith(origin + "/dashboard/index.xhtml"), WAIT)) {
            return workspace.evaluate(script);
        } catch (Exception e) {
            throw new IllegalStateException("the workspace's tab could not be reached", e);
        }
    }

    /**
     * {@link #deliverPush} until the notification shows, at most four times: a delivery through DevTools is now and then
     * not followed by a notification here (one run in a few on the loaded machine, with the workspace and its worker as
     * in every other run), and a push service, too, delivers a message again that was not acknowledged. The worker's
     * handler shows one notification per tag, so a second delivery cannot show two.
     */
    private static void deliverPushUntilShown(String origin, String data, String notification) throws Exception {
        for (int attempt = 1; attempt < 4; attempt++) {
            deliverPush(origin, data);
            try {
                Browsers.waitFor(session.browser, Duration.ofSeconds(5), () -> notifications().contains(notification));
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                System.out.println("[BrowserNotificationsIT] delivery " + attempt + " of a push message showed nothing within 5 s; again");
            }
        }
        deliverPush(origin, data);
        awaitNotification(origin, notification, WAIT);
    }

    /**
     * Hands a push message to the dashboard's service worker the way the browser does when its push service delivers one
     * (DevTools' ServiceWorker.deliverPushMessage; the browser vendors' push services cannot be reached from here).
     */
    private static void deliverPush(String origin, String data) throws Exception {
        try (DevTools page = DevTools.connect(session.browser, "page", origin + "/dashboard/", WAIT)) {
            page.call("ServiceWorker.enable", Json.createObjectBuilder().build());
            String scope = origin + "/dashboard/";
            JsonObject updated = page.event("ServiceWorker.workerRegistrationUpdated", params -> params.getJsonArray("registrations")
                    .getValuesAs(JsonObject.class).stream().anyMatch(r -> scope.equals(r.getString("scopeURL")) && !r.getBoolean("isDeleted", false)));
            String registrationId = updated.getJsonArray("registrations").getValuesAs(JsonObject.class).stream()
                    .filter(r -> scope.equals(r.getString("scopeURL")) && !r.getBoolean("isDeleted", false))
                    .findFirst().orElseThrow().getString("registrationId");
            page.call("ServiceWorker.deliverPushMessage", Json.createObjectBuilder().add("origin", origin)
                    .add("registrationId", registrationId).add("data", data).build());
        }
    }

    /**
     * A click on the notification tagged {@code tag}: the service worker's own notificationclick handler, given the shown
     * notification in the worker through DevTools (headless chromium shows no notification one could click). Such an
     * event is not the browser's, so the worker may not focus or open a window; what it tells an open dashboard is the
     * same.
     */
    private static String clickNotification(String origin, String tag) throws Exception {
        try (DevTools worker = DevTools.connect(session.browser, "service_worker", origin + "/app/sw.js", WAIT)) {
            return worker.evaluate("self.registration.getNotifications({tag: " + Json.createValue(tag) + "}).then(function (list) {"
                    + " if (!list.length) { return 'no notification ' + " + Json.createValue(tag) + "; }"
                    + " self.dispatchEvent(new NotificationEvent('notificationclick', {notification: list[0]}));"
                    + " return 'clicked'; })");
        }
    }

    /** The conversation the workspace shows, read in its tab without bringing that tab to the front. */
    private static String workspaceHeading(String origin) {
        return inWorkspace(origin, "document.getElementById('conversation-heading').textContent");
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
