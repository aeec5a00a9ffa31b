package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What run.sh gives a newcomer: the embedded H2 default (no DB_* variables) with demo data. A chat held on
 * it is all there after a restart: every acknowledged message was stored, and the data folder is kept.
 * Stopped afterwards to free its memory.
 */
class EmbeddedDatabaseIT {

    static ShopfloorServer server;

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aChatOnTheEmbeddedDefaultSurvivesARestart() throws Exception {
        server = ShopfloorServer.embedded();
        String visitor;
        String conversation;
        try (OnlineAgent agent = OnlineAgent.login(server, "sanne"); Shopper shopper = Shopper.arrive(server)) {
            visitor = shopper.visitor();
            conversation = shopper.start("Lotte", "Kan ik op rekening bestellen?").getString("id");
            agent.awaitAssigned();
            agent.say(conversation, "agent-before-restart", "Ja, als zakelijke klant kan dat.");
            shopper.say("shopper-before-restart", "Fijn, dank je!");
        }

        server.restartKeepingData();

        try (Shopper back = Shopper.arrive(server, visitor, 0)) {
            assertThat(back.visitor()).as("the visitor is known after the restart").isEqualTo(visitor);
            JsonObject restored = back.welcome.getJsonObject("conversation");
            assertThat(restored.getString("id")).isEqualTo(conversation);
            assertThat(restored.getJsonArray("messages")).extracting(m -> m.asJsonObject().getString("text"))
                    .containsExactly("Kan ik op rekening bestellen?", "Ja, als zakelijke klant kan dat.", "Fijn, dank je!");
        }
        try (JsonSocket dashboard = new AgentLogin(server).openAgentSocket("sanne")) {
            assertThat(dashboard.awaitType("snapshot", Shopper.WAIT).getJsonArray("chats"))
                    .extracting(chat -> chat.asJsonObject().getString("id")).contains(conversation);
        }
    }
}
