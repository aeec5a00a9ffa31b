package nl.shopfloor.systemtest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A shop's webhook endpoint on 127.0.0.1: keeps every request, answers verification with the challenge (unless told
 * not to) and everything with the status it is told to answer.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String event, String delivery, String signature, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonObject data() {
            return json().getJsonObject("data");
        }

        /** Checked here, independently of the server: {@code t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">}. */
        boolean signedWith(String secret) {
            String[] parts = signature.split(",");
            if (parts.length != 2 || !parts[0].startsWith("t=") || !parts[1].startsWith("v1=")) {
                return false;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = HexFormat.of().formatHex(mac.doFinal((parts[0].substring(2) + "." + body).getBytes(StandardCharsets.UTF_8)));
                return expected.equals(parts[1].substring(3));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Received> received = new ArrayList<>();
    private volatile int status = 200;
    private volatile boolean echoChallenge = true;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() throws IOException {
        WebhookReceiver receiver = new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        receiver.server.createContext("/", receiver::handle);
        receiver.server.setExecutor(receiver.threads);
        receiver.server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/shopfloor";
    }

    void answer(int status) {
        this.status = status;
    }

    void echoChallenge(boolean echo) {
        echoChallenge = echo;
    }

    /** Every request that matches, once there are at least {@code count}. */
    List<Received> await(String what, int count, Predicate<Received> matching, Duration timeout) throws Exception {
        Conditions.await(what, () -> matching(matching).size() >= count, timeout);
        return matching(matching);
    }

    List<Received> matching(Predicate<Received> matching) {
        synchronized (received) {
            return received.stream().filter(matching).toList();
        }
    }

    List<Received> all() {
        return matching(request -> true);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestHeaders().getFirst("Shopfloor-Event"),
                    exchange.getRequestHeaders().getFirst("Shopfloor-Delivery"), exchange.getRequestHeaders().getFirst("Shopfloor-Signature"), body);
            String answer = "ok";
            if ("webhook.verification".equals(request.event()) && echoChallenge) {
                answer = Json.createObjectBuilder().add("challenge", request.data().getString("challenge")).build().toString();
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            int answered = status;
            synchronized (received) {
                received.add(request);
            }
            exchange.sendResponseHeaders(answered, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
