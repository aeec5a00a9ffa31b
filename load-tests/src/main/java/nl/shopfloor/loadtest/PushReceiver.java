package nl.shopfloor.loadtest;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import nl.shopfloor.systemtest.PushBrowser;

/**
 * An RFC 8030 push service on 127.0.0.1 for the load drivers, and the browsers subscribed to it: each subscription
 * ({@code /push/<name>}) is a {@link PushBrowser} of its own (a P-256 key pair and an auth secret, as
 * {@code PushManager.subscribe} makes them; the system tests' class). A message is taken with 201; its arrival time
 * ({@link System#nanoTime()}) is taken before anything else, then it is decrypted (RFC 8291 aes128gcm) and handed on
 * with that time.
 */
final class PushReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, PushBrowser> browsers = new ConcurrentHashMap<>();

    /** {@code arrived}: the arrival time and the decrypted payload. */
    PushReceiver(BiConsumer<Long, JsonObject> arrived) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/push/", exchange -> {
            long at = System.nanoTime();
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readNBytes(8192);
                PushBrowser browser = browsers.get(exchange.getRequestURI().getPath().substring("/push/".length()));
                exchange.sendResponseHeaders(browser == null ? 404 : 201, -1);
                if (browser != null) {
                    arrived.accept(at, browser.decrypt(body));
                }
            } catch (Exception | AssertionError e) {
                System.err.println("[load] push message not understood: " + e);
            }
        });
        server.start();
    }

    /** A new browser's {@code PushSubscription.toJSON()}, with its endpoint here. */
    String subscribe(String name) throws Exception {
        PushBrowser browser = new PushBrowser();
        browsers.put(name, browser);
        return browser.subscription("http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + name);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
