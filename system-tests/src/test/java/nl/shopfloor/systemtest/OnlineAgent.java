package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;

/**
 * A demo agent with the dashboard socket open and status online. Closing sets the stored status back to
 * offline first and waits for the server to confirm, so the next test never meets a lingering online agent.
 */
final class OnlineAgent implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);

    final String username;
    final JsonSocket socket;

    private OnlineAgent(String username, JsonSocket socket) {
        this.username = username;
        this.socket = socket;
    }

    static OnlineAgent login(ShopfloorServer server, String username) {
        return login(ServerAddress.of(server), username);
    }

    static OnlineAgent login(ServerAddress server, String username) {
        JsonSocket socket = new AgentLogin(server).openAgentSocket(username);
        socket.awaitType("snapshot", WAIT);
        OnlineAgent agent = new OnlineAgent(username, socket);
        agent.status("online");
        return agent;
    }

    void status(String status) {
        socket.send(Json.createObjectBuilder().add("type", "presence").add("status", status).build());
        JsonObject presence;
        do {
            presence = socket.awaitType("presence", WAIT);
        } while (!status.equals(presence.getString("status")));
    }

    JsonObject awaitAssigned() {
        return socket.awaitType("assigned", WAIT).getJsonObject("chat");
    }

    void say(String conversation, String clientId, String text) {
        socket.send(Json.createObjectBuilder().add("type", "message").add("conversation", conversation)
                .add("clientId", clientId).add("text", text).build());
        assertThat(Shopper.awaitAck(socket, clientId).getString("conversation")).isEqualTo(conversation);
    }

    @Override
    public void close() {
        if (socket.isOpen()) {
            status("offline");
        }
        socket.close();
    }
}
