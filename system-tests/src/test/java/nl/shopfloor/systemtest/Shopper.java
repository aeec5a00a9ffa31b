package nl.shopfloor.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** A shopper's widget on the demo shop, spoken to frame by frame. */
final class Shopper implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    final JsonSocket socket;
    final JsonObject welcome;

    static Shopper wrap(JsonSocket socket, JsonObject welcome) {
        return new Shopper(socket, welcome);
    }

    private Shopper(JsonSocket socket, JsonObject welcome) {
        this.socket = socket;
        this.welcome = welcome;
    }

    static Shopper arrive(ShopfloorServer server, String visitor, int lastSeq) {
        return arrive(server, visitor, lastSeq, "Laptops");
    }

    static Shopper arrive(ShopfloorServer server, String visitor, int lastSeq, String pageTitle) {
        return arrive(ServerAddress.of(server), visitor, lastSeq, pageTitle);
    }

    static Shopper arrive(ServerAddress server, String visitor, int lastSeq, String pageTitle) {
        return arrive(server, visitor, lastSeq, "/demo/en.html", pageTitle);
    }

    /** A new shopper on the demo shop's page at {@code path}, e.g. one with a query string. */
    static Shopper arriveOn(ShopfloorServer server, String path) {
        return arrive(ServerAddress.of(server), null, 0, path, "Laptops");
    }

    private static Shopper arrive(ServerAddress server, String visitor, int lastSeq, String path, String pageTitle) {
        JsonSocket socket = JsonSocket.connect(server.wsUri("/ws/shopper?shop=demo"),
                java.util.Map.of("Origin", server.origin(), "X-Forwarded-For", nextAddress()));
        JsonObjectBuilder hello = Json.createObjectBuilder().add("type", "hello").add("lang", "en")
                .add("page", Json.createObjectBuilder().add("url", server.origin() + path).add("title", pageTitle))
                .add("lastSeq", lastSeq);
        if (visitor != null) {
            hello.add("visitor", visitor);
        }
        socket.send(hello.build());
        return new Shopper(socket, socket.awaitType("welcome", WAIT));
    }

    /**
     * Every shopper comes from an address of their own, as on a real site, so the per-address limits of one test
     * never throttle another (the test server trusts X-Forwarded-For from 127.0.0.1; 198.18.0.0/15 is for tests).
     */
    static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** A shopper behind our proxy at {@code address} (X-Forwarded-For; the test server trusts 127.0.0.1). */
    static Shopper arriveFrom(ShopfloorServer server, String address) {
        JsonSocket socket = connectFrom(server, address);
        socket.send(Json.createObjectBuilder().add("type", "hello").add("lang", "en").build());
        return new Shopper(socket, socket.awaitType("welcome", WAIT));
    }

    /** Opens a shopper socket from {@code address} without saying hello; throws {@link JsonSocket.HandshakeFailed} when refused. */
    static JsonSocket connectFrom(ShopfloorServer server, String address) {
        return JsonSocket.connect(server.wsUri("/ws/shopper?shop=demo"), java.util.Map.of("Origin", server.origin(), "X-Forwarded-For", address));
    }

    static Shopper arrive(ShopfloorServer server) {
        return arrive(server, null, 0);
    }

    static Shopper arrive(ServerAddress server) {
        return arrive(server, null, 0, "Laptops");
    }

    String visitor() {
        return welcome.getString("visitor");
    }

    static String clientId() {
        return UUID.randomUUID().toString();
    }

    JsonObject start(String name, String text) {
        return start(name, text, "order");
    }

    JsonObject start(String name, String text, String topic) {
        String clientId = clientId();
        socket.send(Json.createObjectBuilder().add("type", "start").add("name", name).add("topic", topic)
                .add("text", text).add("clientId", clientId).build());
        return socket.awaitType("started", WAIT).getJsonObject("conversation");
    }

    /**
     * All the shoppers ask for a chat at the same moment (threads of {@code pool} released together); the outcome of
     * each, in their order: "started", or the error code they got (e.g. "no_agent").
     */
    static List<String> startAtOnce(List<Shopper> shoppers, ExecutorService pool, Duration wait) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (Shopper shopper : shoppers) {
            answers.add(pool.submit(() -> {
                go.await();
                shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Load")
                        .add("topic", "order").add("clientId", clientId()).build());
                JsonObject answer;
                do {
                    answer = shopper.socket.awaitNext(wait);
                } while (!List.of("started", "error").contains(answer.getString("type")));
                return answer.getString("type").equals("started") ? "started" : answer.getString("code");
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> answer : answers) {
            outcomes.add(answer.get(wait.toSeconds() * 2, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    /** Ends the shopper's open chat and waits until it is closed. */
    void end() {
        socket.send(Json.createObjectBuilder().add("type", "end").build());
        socket.awaitType("closed", WAIT);
    }

    JsonObject say(String clientId, String text) {
        socket.send(Json.createObjectBuilder().add("type", "message").add("clientId", clientId).add("text", text).build());
        return awaitAck(socket, clientId);
    }

    /** The ack for this clientId; acks for earlier messages may still be waiting to be taken. */
    static JsonObject awaitAck(JsonSocket socket, String clientId) {
        JsonObject ack;
        do {
            ack = socket.awaitType("ack", WAIT);
        } while (!clientId.equals(ack.getString("clientId", null)));
        return ack;
    }

    /** Rates a chat of this shopper's (C18) and returns the answer to this clientId: an ack or an error. */
    JsonObject rate(String conversation, int rating, String clientId) {
        socket.send(Json.createObjectBuilder().add("type", "survey").add("conversation", conversation).add("rating", rating)
                .add("comment", "Quick and friendly").add("clientId", clientId).build());
        JsonObject answer;
        do {
            answer = socket.awaitNext(WAIT);
        } while (!clientId.equals(answer.getString("clientId", null)));
        return answer;
    }

    /** The team page's frame: the agents as shoppers see them. */
    JsonObject team() {
        socket.send(Json.createObjectBuilder().add("type", "team").build());
        return socket.awaitType("team", WAIT);
    }

    /** The public id shoppers know an agent by, found on the team page by display name. */
    String publicIdOf(String displayName) {
        return team().getJsonArray("members").stream().map(member -> member.asJsonObject())
                .filter(member -> member.getString("name").equals(displayName))
                .findFirst().orElseThrow(() -> new AssertionError("not on the team page: " + displayName)).getString("id");
    }

    /** Waits until an availability push says {@code online}, and returns it; earlier pushes may say otherwise. */
    JsonObject awaitAvailability(boolean online) {
        JsonObject availability;
        do {
            availability = socket.awaitType("availability", WAIT);
        } while (availability.getBoolean("online") != online);
        return availability;
    }

    @Override
    public void close() {
        socket.close();
    }
}
