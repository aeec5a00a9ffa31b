package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A shopper chats with an agent over the two sockets, against MariaDB.
 * Seed assumptions: demo shop "demo" (topic "order"), demo agents offline until a test sets them online.
 */
class ChatIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void shopperAndAgentChatBothWaysAndEverythingIsStored() throws Exception {
        try (OnlineAgent agent = OnlineAgent.login(server, "jeroen"); Shopper shopper = Shopper.arrive(server)) {
            assertThat(shopper.welcome.getBoolean("online")).as("C: an agent is online").isTrue();

            JsonObject conversation = shopper.start("Jan <b>Jansen</b>", "Is the XPS 13 <script>alert(1)</script> in stock?");
            String id = conversation.getString("id");
            assertThat(conversation.getJsonObject("agent").getString("name")).isEqualTo("Jeroen Bakker");
            assertThat(conversation.getJsonObject("agent").getString("photo")).isEqualTo("/demo/photos/photo-3.svg");

            JsonObject chat = agent.awaitAssigned();
            assertThat(chat.getString("id")).isEqualTo(id);
            assertThat(chat.getString("name")).as("C5 plain text, not markup").isEqualTo("Jan <b>Jansen</b>");
            assertThat(chat.getString("pageTitle")).isEqualTo("Laptops");
            assertThat(chat.getString("lastText")).isEqualTo("Is the XPS 13 <script>alert(1)</script> in stock?");

            shopper.socket.send(Json.createObjectBuilder().add("type", "typing").add("on", true).build());
            assertThat(agent.socket.awaitType("typing", WAIT).getBoolean("on")).isTrue();
            agent.socket.send(Json.createObjectBuilder().add("type", "typing").add("conversation", id).add("on", true).build());
            assertThat(shopper.socket.awaitType("typing", WAIT).getBoolean("on")).isTrue();

            agent.say(id, "agent-msg-0001", "Yes, 12 in stock.");
            JsonObject answer = shopper.socket.awaitType("message", WAIT);
            assertThat(answer.getString("from")).isEqualTo("agent");
            assertThat(answer.getString("text")).isEqualTo("Yes, 12 in stock.");
            assertThat(answer.getJsonObject("agent").getString("name")).isEqualTo("Jeroen Bakker");
            assertThat(answer.getInt("seq")).isEqualTo(2);

            JsonObject ack = shopper.say("shopper-msg-0002", "Great, thanks!");
            assertThat(ack.getInt("seq")).isEqualTo(3);
            assertThat(awaitMessage(agent.socket, "Great, thanks!").getString("from")).isEqualTo("shopper");

            assertThat(storedTexts(id)).as("C1 stored in MariaDB, in order")
                    .containsExactly("Is the XPS 13 <script>alert(1)</script> in stock?", "Yes, 12 in stock.", "Great, thanks!");

            agent.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
            assertThat(shopper.socket.awaitType("closed", WAIT).getString("by")).isEqualTo("agent");
        }
    }

    @Test
    void reconnectingShopperGetsWhatItMissedAndResendsWithoutDuplicates() throws Exception {
        try (OnlineAgent agent = OnlineAgent.login(server, "lisa")) {
            String visitor;
            String id;
            try (Shopper shopper = Shopper.arrive(server)) {
                visitor = shopper.visitor();
                id = shopper.start("Petra", "Do you sell MacBook chargers?").getString("id");
                agent.awaitAssigned();
            }
            // While the shopper is away (page reload, train tunnel) the agent answers twice.
            agent.say(id, "agent-away-0001", "We do.");
            agent.say(id, "agent-away-0002", "Which model do you have?");

            try (Shopper back = Shopper.arrive(server, visitor, 1)) {
                JsonObject conversation = back.welcome.getJsonObject("conversation");
                assertThat(conversation.getString("id")).isEqualTo(id);
                assertThat(conversation.getJsonArray("messages")).as("C2 only what came after seq 1")
                        .extracting(m -> m.asJsonObject().getString("text"))
                        .containsExactly("We do.", "Which model do you have?");

                JsonObject first = back.say("resend-check-01", "A 2021 MacBook Pro");
                JsonObject again = back.say("resend-check-01", "A 2021 MacBook Pro");
                assertThat(again.getString("id")).as("C3 the resend is the same message").isEqualTo(first.getString("id"));
                assertThat(again.getInt("seq")).isEqualTo(4);
            }
            // The agent's socket drops before its ack arrives: the dashboard sends the answer again.
            agent.socket.send(Json.createObjectBuilder().add("type", "message").add("conversation", id)
                    .add("clientId", "agent-away-0002").add("text", "Which model do you have?").build());
            JsonObject resent = Shopper.awaitAck(agent.socket, "agent-away-0002");
            assertThat(resent.getInt("seq")).as("C3 the agent's resend is the stored message, not a new one").isEqualTo(3);
            assertThat(storedTexts(id)).containsExactly("Do you sell MacBook chargers?", "We do.",
                    "Which model do you have?", "A 2021 MacBook Pro");
            agent.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
            agent.socket.awaitType("closed", WAIT);
        }
    }

    @Test
    void anotherAgentCannotReadOrWriteTheConversation() {
        try (OnlineAgent owner = OnlineAgent.login(server, "pieter"); Shopper shopper = Shopper.arrive(server)) {
            String id = shopper.start("Karin", "My order is late").getString("id");
            owner.awaitAssigned();
            owner.status("away");

            try (JsonSocket other = new AgentLogin(server).openAgentSocket("mehmet")) {
                JsonObject snapshot = other.awaitType("snapshot", WAIT);
                assertThat(snapshot.getJsonArray("chats")).extracting(chat -> chat.asJsonObject().getString("id"))
                        .doesNotContain(id);
                other.send(Json.createObjectBuilder().add("type", "open").add("conversation", id).build());
                assertThat(other.awaitType("error", WAIT).getString("code")).as("C4").isEqualTo("no_conversation");
                other.send(Json.createObjectBuilder().add("type", "message").add("conversation", id)
                        .add("clientId", "intruder-0001").add("text", "hi").build());
                assertThat(other.awaitType("error", WAIT).getString("code")).as("C4").isEqualTo("no_conversation");
                assertThat(other.pending()).noneMatch(frame -> "conversation".equals(frame.getString("type")));
            }
            // Unanswered chats get followed up (apology, re-routing): leave none behind for later tests.
            owner.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
            owner.socket.awaitType("closed", WAIT);
        }
    }

    @Test
    void badFramesGetErrorsAndTheSocketKeepsWorking() {
        try (Shopper shopper = Shopper.arrive(server)) {
            JsonSocket socket = shopper.socket;
            socket.sendRaw("this is not json");
            assertThat(socket.awaitType("error", WAIT).getString("code")).isEqualTo("malformed");
            socket.sendRaw("[\"type\",\"hello\"]");
            assertThat(socket.awaitType("error", WAIT).getString("code")).isEqualTo("malformed");
            socket.sendRaw("{\"type\":\"message\",\"clientId\":\"big-frame-01\",\"text\":\"" + "x".repeat(9000) + "\"}");
            assertThat(socket.awaitType("error", WAIT).getString("code")).isEqualTo("too_large");
            socket.sendRaw("{\"type\":\"dance\"}");
            assertThat(socket.awaitType("error", WAIT).getString("code")).isEqualTo("unknown_type");
            socket.sendRaw("{\"type\":\"message\",\"clientId\":\"no-conversation-1\",\"text\":\"hello?\"}");
            JsonObject noConversation = socket.awaitType("error", WAIT);
            assertThat(noConversation.getString("code")).isEqualTo("no_conversation");
            assertThat(noConversation.getString("clientId")).isEqualTo("no-conversation-1");
            socket.sendRaw("{\"type\":\"start\",\"name\":\"\",\"topic\":\"order\",\"clientId\":\"empty-name-01\"}");
            assertThat(socket.awaitType("error", WAIT).getString("code")).isEqualTo("invalid");
            socket.sendRaw("{\"type\":\"start\",\"name\":\"Ann\",\"topic\":\"weather\",\"clientId\":\"bad-topic-01\"}");
            assertThat(socket.awaitType("error", WAIT).getString("code")).isEqualTo("invalid");

            socket.send(Json.createObjectBuilder().add("type", "hello").add("visitor", shopper.visitor()).build());
            assertThat(socket.awaitType("welcome", WAIT).getString("visitor")).as("still answering").isEqualTo(shopper.visitor());
            assertThat(socket.isOpen()).isTrue();
        }
    }

    @Test
    void floodingIsRateLimited() {
        try (Shopper shopper = Shopper.arrive(server)) {
            for (int i = 0; i < 40; i++) {
                shopper.socket.sendRaw("{\"type\":\"typing\",\"on\":false}");
            }
            assertThat(shopper.socket.awaitType("error", WAIT).getString("code")).isEqualTo("rate_limited");
        }
    }

    @Test
    void foreignVisitorIdsAreNotHonoured() {
        try (Shopper shopper = Shopper.arrive(server, "made-up-visitor-id", 0)) {
            assertThat(shopper.visitor()).isNotEqualTo("made-up-visitor-id");
            assertThat(shopper.welcome.containsKey("conversation")).isFalse();
        }
    }

    /** The next message frame with this text; the agent's own messages come back too and are skipped. */
    static JsonObject awaitMessage(JsonSocket socket, String text) {
        JsonObject message;
        do {
            message = socket.awaitType("message", WAIT);
        } while (!text.equals(message.getString("text")));
        return message;
    }

    private static java.util.List<String> storedTexts(String conversation) throws SQLException {
        try (Connection db = server.jdbc();
             PreparedStatement query = db.prepareStatement("SELECT text FROM chat_message WHERE conversation_id = ? ORDER BY seq")) {
            query.setString(1, conversation);
            try (ResultSet rows = query.executeQuery()) {
                java.util.List<String> texts = new java.util.ArrayList<>();
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
                return texts;
            }
        }
    }
}
