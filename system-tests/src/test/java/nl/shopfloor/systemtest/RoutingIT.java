package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queue-less routing against the real server: skills and the page decide, the shopper's own agent comes
 * back, a chosen person gets the chat or the shopper chooses to wait, and the supervisor's cap switches
 * every widget to the contact form.
 * Seed assumptions: demo agents and skills (jeroen: product + Dell, lisa: product + Apple, pieter: service),
 * all offline until a test sets them online; supervisor anouk.
 */
class RoutingIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    private JsonObject start(Shopper shopper, String topic, String agent, boolean wait) {
        var frame = Json.createObjectBuilder().add("type", "start").add("name", "Ruud").add("topic", topic)
                .add("text", "Vraagje").add("clientId", Shopper.clientId()).add("wait", wait);
        if (agent != null) {
            frame.add("agent", agent);
        }
        shopper.socket.send(frame.build());
        JsonObject answer;
        do {
            answer = shopper.socket.awaitNext(WAIT); // pushes (availability, team) may come first
        } while (!answer.getString("type").equals("started") && !answer.getString("type").equals("error"));
        return answer;
    }

    private static Shopper onPage(String title) {
        return Shopper.arrive(server, null, 0, title);
    }

    @Test
    void theBrandOnThePageAndTheTopicPickTheSpecialistAndTheDashboardSaysWhy() {
        try (OnlineAgent jeroen = OnlineAgent.login(server, "jeroen"); OnlineAgent lisa = OnlineAgent.login(server, "lisa")) {
            String dellConversation;
            String visitor;
            try (Shopper shopper = onPage("Dell Latitude 5450 | Demo ICT shop")) {
                visitor = shopper.visitor();
                dellConversation = shopper.start("Ruud", "Heeft deze een 4G-modem?", "product").getString("id");
            }
            JsonObject assigned = jeroen.awaitAssigned();
            assertThat(assigned.getString("id")).isEqualTo(dellConversation);
            JsonObject routing = assigned.getJsonObject("routing");
            assertThat(routing.getString("chosen")).isEqualTo("jeroen");
            assertThat(routing.getJsonArray("candidates")).extracting(c -> c.asJsonObject().getString("agent"))
                    .containsExactly("jeroen", "lisa");
            JsonObject best = routing.getJsonArray("candidates").getJsonObject(0);
            assertThat(best.getJsonNumber("skills").doubleValue()).as("topic + brand + language").isEqualTo(70.0);

            jeroen.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", dellConversation).build());
            jeroen.socket.awaitType("closed", WAIT);

            // The same shopper comes back on an Apple page: Jeroen is their own agent now and beats the Apple specialist.
            try (Shopper back = Shopper.arrive(server, visitor, 0, "MacBook Air 13 | Demo ICT shop")) {
                assertThat(back.welcome.getJsonObject("ownAgent").getString("id")).isEqualTo(back.publicIdOf("Jeroen Bakker"));
                assertThat(back.welcome.getJsonObject("ownAgent").getBoolean("available")).isTrue();
                String second = back.start("Ruud", "En deze MacBook?", "product").getString("id");
                JsonObject again = jeroen.awaitAssigned();
                assertThat(again.getString("id")).isEqualTo(second);
                assertThat(again.getJsonObject("routing").getJsonArray("candidates").getJsonObject(0)
                        .getJsonNumber("ownAgent").doubleValue()).isEqualTo(100.0);
                jeroen.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", second).build());
                jeroen.socket.awaitType("closed", WAIT);
            }
        }
    }

    @Test
    void aShopperPicksAPersonOnTheTeamPageAndMayWaitForThem() {
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne"); Shopper shopper = onPage("Ons team")) {
            JsonObject team = shopper.team();
            assertThat(team.getJsonArray("members")).extracting(m -> m.asJsonObject().getString("name"))
                    .contains("Sanne de Vries", "Pieter Visser").doesNotContain("Anouk Smit", "Beheerder");
            assertThat(team.getJsonArray("members").stream().map(m -> m.asJsonObject())
                    .filter(m -> m.getString("name").equals("Sanne de Vries")).findFirst().orElseThrow().getBoolean("available")).isTrue();
            String pieterId = shopper.publicIdOf("Pieter Visser");

            JsonObject refused = start(shopper, "service", pieterId, false);
            assertThat(refused.getString("type")).isEqualTo("error");
            assertThat(refused.getString("code")).isEqualTo("agent_unavailable");
            assertThat(refused.getJsonObject("agent").getString("name")).isEqualTo("Pieter Visser");

            assertThat(refused.getJsonObject("agent").getString("id")).as("A5").isEqualTo(pieterId);

            JsonObject waiting = start(shopper, "service", pieterId, true);
            assertThat(waiting.getString("type")).isEqualTo("started");
            assertThat(waiting.getJsonObject("conversation").isNull("agent")).as("waits for Pieter").isTrue();
            String id = waiting.getJsonObject("conversation").getString("id");

            try (OnlineAgent pieter = OnlineAgent.login(server, "pieter")) {
                JsonObject assigned = pieter.awaitAssigned();
                assertThat(assigned.getString("id")).isEqualTo(id);
                assertThat(assigned.getJsonObject("routing").getBoolean("waited")).isTrue();
                assertThat(shopper.socket.awaitType("assigned", WAIT).getJsonObject("agent").getString("name"))
                        .isEqualTo("Pieter Visser");
                pieter.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
                pieter.socket.awaitType("closed", WAIT);
            }
        }
    }

    @Test
    void atTheSupervisorsCapEveryWidgetGetsTheContactFormAndBackWhenASlotFrees() throws Exception {
        Supervisor supervisor = Supervisor.anouk(server);
        try (OnlineAgent mehmet = OnlineAgent.login(server, "mehmet");
             Shopper watching = Shopper.arrive(server); Shopper first = Shopper.arrive(server);
             Shopper second = Shopper.arrive(server)) {
            assertThat(watching.welcome.getBoolean("online")).isTrue();
            // Chats other tests left open count too: room for exactly one more.
            assertThat(supervisor.allowOnly(1)).isEqualTo(200);

            String id = first.start("Eerste", "Hallo", "order").getString("id");
            JsonObject full = awaitAvailability(watching, false);
            assertThat(full.getString("reason")).isEqualTo("capacity");
            JsonObject refused = start(second, "order", null, false);
            assertThat(refused.getString("code")).isEqualTo("no_agent");

            mehmet.awaitAssigned();
            mehmet.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
            awaitAvailability(watching, true);
        } finally {
            assertThat(supervisor.setCap("null")).isEqualTo(200);
        }
    }

    @Test
    void anAgentWhoGoesOfflineHandsTheirChatsToAColleague() {
        try (OnlineAgent jeroen = OnlineAgent.login(server, "jeroen"); OnlineAgent lisa = OnlineAgent.login(server, "lisa");
             Shopper shopper = onPage("Dell Latitude 5450 | Demo ICT shop")) {
            String id = shopper.start("Wim", "Heeft deze een smartcard-lezer?", "product").getString("id");
            jeroen.awaitAssigned();
            jeroen.say(id, "before-going-offline", "Even kijken!");

            jeroen.status("offline");
            JsonObject handedOver;
            do {
                handedOver = lisa.socket.awaitType("assigned", Duration.ofSeconds(40)).getJsonObject("chat");
            } while (!id.equals(handedOver.getString("id")));
            JsonObject seen;
            do {
                seen = shopper.socket.awaitType("assigned", WAIT);
            } while (!"Lisa Jansen".equals(seen.getJsonObject("agent").getString("name")));

            lisa.say(id, "after-hand-over", "Ik neem het over: ja, die zit erin.");
            lisa.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
            lisa.socket.awaitType("closed", WAIT);
        }
    }

    @Test
    void anAgentTransfersAChatToAColleagueOrATeamWithANote() {
        try (OnlineAgent jeroen = OnlineAgent.login(server, "jeroen"); OnlineAgent lisa = OnlineAgent.login(server, "lisa");
             Shopper shopper = onPage("Dell Latitude 5450 | Demo ICT shop")) {
            JsonObject colleagues = jeroen.socket.awaitType("colleagues", WAIT);
            assertThat(colleagues.getJsonArray("teams")).extracting(t -> t.asJsonObject().getString("id")).contains("inside-sales");
            String id = shopper.start("Fleur", "Ik wil eigenlijk een MacBook", "product").getString("id");
            jeroen.awaitAssigned();

            jeroen.socket.send(Json.createObjectBuilder().add("type", "transfer").add("conversation", id)
                    .add("to", "agent:pieter").build());
            assertThat(jeroen.socket.awaitType("error", WAIT).getString("code")).as("Pieter is offline").isEqualTo("agent_unavailable");

            jeroen.socket.send(Json.createObjectBuilder().add("type", "transfer").add("conversation", id)
                    .add("to", "agent:lisa").add("note", "Wil een MacBook Air, zakelijk").build());
            JsonObject received;
            do {
                received = lisa.socket.awaitType("assigned", WAIT).getJsonObject("chat");
            } while (!id.equals(received.getString("id")));
            assertThat(received.getJsonObject("routing").getString("transferredBy")).isEqualTo("jeroen");
            assertThat(received.getJsonObject("routing").getString("note")).isEqualTo("Wil een MacBook Air, zakelijk");
            assertThat(jeroen.socket.awaitType("unassigned", WAIT).getString("conversation")).isEqualTo(id);
            JsonObject joined;
            do {
                joined = shopper.socket.awaitType("assigned", WAIT);
            } while (!"Lisa Jansen".equals(joined.getJsonObject("agent").getString("name")));

            // and back, to whoever in Inside sales is best placed: only Jeroen is left there
            lisa.socket.send(Json.createObjectBuilder().add("type", "transfer").add("conversation", id)
                    .add("to", "team:inside-sales").build());
            JsonObject back;
            do {
                back = jeroen.socket.awaitType("assigned", WAIT).getJsonObject("chat");
            } while (!id.equals(back.getString("id")));
            jeroen.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
            jeroen.socket.awaitType("closed", WAIT);
        }
    }

    @Test
    void onlySupervisorsSetTheCapAndBadValuesAreRefused() throws Exception {
        assertThat(new Supervisor(server, "sanne").setCap("5")).as("an agent").isEqualTo(403);
        Supervisor supervisor = Supervisor.anouk(server);
        assertThat(supervisor.setCap("-1")).isEqualTo(400);
        assertThat(supervisor.setCap("\"many\"")).isEqualTo(400);
        assertThat(supervisor.put("/api/capacity", "{}")).isEqualTo(400);
    }

    private static JsonObject awaitAvailability(Shopper shopper, boolean online) {
        JsonObject frame;
        do {
            frame = shopper.socket.awaitType("availability", WAIT);
        } while (frame.getBoolean("online") != online);
        return frame;
    }
}
