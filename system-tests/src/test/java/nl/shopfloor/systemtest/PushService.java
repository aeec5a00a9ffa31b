package nl.shopfloor.systemtest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A push service as RFC 8030 describes it, on 127.0.0.1: it accepts a push message POSTed to a subscription's
 * endpoint ({@code /push/<name>}) with 201 Created and a Location, or with the status set for that subscription (410:
 * the browser unsubscribed). The browser vendors' services cannot be reached here; this one keeps what it got.
 */
final class PushService implements AutoCloseable {

    record Received(String path, Map<String, List<String>> headers, byte[] body, Instant at) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, BlockingQueue<Received>> received = new ConcurrentHashMap<>();
    private final List<Received> all = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

    PushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/push/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readNBytes(8192);
                String path = exchange.getRequestURI().getPath();
                if (!exchange.getRequestMethod().equals("POST")) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                Received message = new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, Instant.now());
                all.add(message);
                queue(path).add(message);
                int status = statuses.getOrDefault(path, 201);
                if (status == 201) {
                    exchange.getResponseHeaders().add("Location", "/message/" + all.size());
                }
                exchange.sendResponseHeaders(status, -1);
            }
        });
        server.start();
    }

    /** The endpoint of a new subscription, e.g. {@code http://127.0.0.1:4711/push/a1}. */
    String endpoint(String name) {
        return origin() + "/push/" + name;
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String name, int status) {
        statuses.put("/push/" + name, status);
    }

    /** The next message POSTed to that subscription's endpoint. */
    Received next(String name, Duration timeout) throws InterruptedException {
        Received message = queue("/push/" + name).poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no push message for " + name + " within " + timeout);
        }
        return message;
    }

    private BlockingQueue<Received> queue(String path) {
        return received.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
    }

    /** Everything POSTed so far, to any endpoint. */
    List<Received> all() {
        return List.copyOf(all);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
