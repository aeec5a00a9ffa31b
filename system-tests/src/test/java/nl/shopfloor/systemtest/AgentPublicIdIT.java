package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shoppers know agents by a public id, never by their login name (agents A5). */
class AgentPublicIdIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final List<String> DEMO_LOGINS = List.of("sanne", "mehmet", "jeroen", "lisa", "pieter", "anouk", "admin");

    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void theTeamPageTheChosenChatAndTheOwnAgentButtonUseThePublicId() {
        try (OnlineAgent jeroen = OnlineAgent.login(server, "jeroen"); Shopper shopper = Shopper.arrive(server)) {
            JsonObject team = shopper.team();
            assertThat(team.getJsonArray("members")).as("A5").isNotEmpty()
                    .allSatisfy(member -> assertNoLoginName(member.asJsonObject()));
            String jeroenId = shopper.publicIdOf("Jeroen Bakker");

            JsonObject started = start(shopper, jeroenId);
            assertThat(started.getString("type")).as("A5 the chat starts with the public id").isEqualTo("started");
            JsonObject assigned = jeroen.awaitAssigned();
            assertThat(assigned.getJsonObject("routing").getBoolean("chosenByShopper")).as("A5").isTrue();
            jeroen.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", assigned.getString("id")).build());
            jeroen.socket.awaitType("closed", WAIT);

            try (Shopper again = Shopper.arrive(server, shopper.visitor(), 0)) {
                JsonObject own = again.welcome.getJsonObject("ownAgent");
                assertThat(own.getString("id")).as("A5 the personal button").isEqualTo(jeroenId);
                assertNoLoginName(own);
            }
        }
    }

    @Test
    void aLoginNameOrAnUnknownIdIsNoAgentForShoppers() {
        try (OnlineAgent jeroen = OnlineAgent.login(server, "jeroen"); Shopper shopper = Shopper.arrive(server)) {
            for (String notAnId : new String[]{"jeroen", "no-such-agent"}) {
                JsonObject answer = start(shopper, notAnId);
                assertThat(answer.getString("type")).as("A5 " + notAnId).isEqualTo("error");
                assertThat(answer.getString("code")).as("A5 like an unknown agent").isEqualTo("no_conversation");
            }
        }
    }

    private static JsonObject start(Shopper shopper, String agent) {
        shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Ruud").add("topic", "product")
                .add("text", "Vraagje").add("clientId", Shopper.clientId()).add("agent", agent).build());
        JsonObject answer;
        do {
            answer = shopper.socket.awaitNext(WAIT);
        } while (!answer.getString("type").equals("started") && !answer.getString("type").equals("error"));
        return answer;
    }

    private static void assertNoLoginName(JsonObject agent) {
        for (String login : DEMO_LOGINS) {
            assertThat(agent.toString()).as("A5 no login name for shoppers").doesNotContain(login);
        }
    }
}
