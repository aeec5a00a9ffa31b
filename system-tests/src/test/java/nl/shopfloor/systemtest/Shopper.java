package nl.shopfloor.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.UUID;

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
        JsonSocket socket = JsonSocket.connect(server.wsUri("/ws/shopper?shop=demo"), server.origin(), null);
        JsonObjectBuilder hello = Json.createObjectBuilder().add("type", "hello").add("lang", "en")
                .add("page", Json.createObjectBuilder().add("url", server.origin() + "/demo/en.html").add("title", pageTitle))
                .add("lastSeq", lastSeq);
        if (visitor != null) {
            hello.add("visitor", visitor);
        }
        socket.send(hello.build());
        return new Shopper(socket, socket.awaitType("welcome", WAIT));
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
