package nl.shopfloor.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A DevTools connection of the test's own to one of chromium's targets (a page, a service worker), over the debugging
 * port ChromeDriver opened on localhost: Selenium's DevTools support has no implementation for this chromium's version,
 * and ChromeDriver's executeCdpCommand reaches only the current page.
 */
final class DevTools implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final WebSocket socket;
    private final BlockingQueue<JsonObject> received;
    private final Duration wait;
    private int lastId;

    private DevTools(WebSocket socket, BlockingQueue<JsonObject> received, Duration wait) {
        this.socket = socket;
        this.received = received;
        this.wait = wait;
    }

    /** The first target of {@code type} ("page", "service_worker") whose address starts with {@code urlPrefix}. */
    static DevTools connect(ChromeDriver browser, String type, String urlPrefix, Duration wait) throws Exception {
        return connect(browser, type, url -> url.startsWith(urlPrefix), wait);
    }

    /** The first target of {@code type} whose address is one {@code url} accepts. */
    static DevTools connect(ChromeDriver browser, String type, Predicate<String> url, Duration wait) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> chromeOptions = (Map<String, Object>) browser.getCapabilities().getCapability("goog:chromeOptions");
        URI list = URI.create("http://" + chromeOptions.get("debuggerAddress") + "/json/list");
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            String targets = HTTP.send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString()).body();
            var target = Json.createReader(new StringReader(targets)).readArray().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("type").equals(type) && url.test(t.getString("url"))).findFirst();
            if (target.isPresent()) {
                return open(target.get().getString("webSocketDebuggerUrl"), wait);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("chromium lists no such " + type + " target: " + targets);
            }
            // the list is asked again until the target is there (a worker is listed once it runs), within the wait
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static DevTools open(String address, Duration wait) throws Exception {
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        WebSocket socket = HTTP.newWebSocketBuilder().buildAsync(URI.create(address), new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence part, boolean last) {
                text.append(part);
                if (last) {
                    received.add(Json.createReader(new StringReader(text.toString())).readObject());
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(wait.toSeconds(), TimeUnit.SECONDS);
        return new DevTools(socket, received, wait);
    }

    /** The value of a script run in the target (a promise is waited for). */
    String evaluate(String expression) throws Exception {
        JsonObject result = call("Runtime.evaluate", Json.createObjectBuilder().add("expression", expression)
                .add("awaitPromise", true).add("returnByValue", true).build());
        if (result.containsKey("exceptionDetails")) {
            throw new AssertionError("the script failed: " + result.get("exceptionDetails"));
        }
        return String.valueOf(result.getJsonObject("result").get("value")).replaceAll("^\"|\"$", "");
    }

    /** Sends a command and returns its result; an error answer fails the test with DevTools' words. */
    JsonObject call(String method, JsonObject params) throws Exception {
        int id = ++lastId;
        socket.sendText(Json.createObjectBuilder().add("id", id).add("method", method).add("params", params).build().toString(), true)
                .get(wait.toSeconds(), TimeUnit.SECONDS);
        JsonObject answer = next(message -> message.getInt("id", 0) == id, method);
        if (answer.containsKey("error")) {
            throw new AssertionError("DevTools refused " + method + ": " + answer.get("error"));
        }
        return answer.getJsonObject("result");
    }

    /** The next event named {@code method} that {@code matches}, earlier messages passed over. */
    JsonObject event(String method, Predicate<JsonObject> matches) throws Exception {
        return next(message -> method.equals(message.getString("method", "")) && matches.test(message.getJsonObject("params")), method)
                .getJsonObject("params");
    }

    private JsonObject next(Predicate<JsonObject> wanted, String what) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            JsonObject message = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("DevTools: nothing for " + what + " within " + wait);
            }
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    @Override
    public void close() {
        socket.abort();
    }
}
