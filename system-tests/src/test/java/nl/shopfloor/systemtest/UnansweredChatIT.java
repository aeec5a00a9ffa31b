package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * When nobody answers: the shopper gets the shop's apology, every colleague sees the chat waiting and can
 * take it over, it is re-routed by itself, and at the limit the shopper gets the contact form with what
 * they wrote. The supervisor shortens the shop's response times for this test (seconds instead of
 * minutes); the test waits for each step, it never measures time.
 * Seed assumptions: demo agents sanne and mehmet (both handle topic "order"), supervisor anouk.
 */
class UnansweredChatIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    static ShopfloorServer server;
    static Supervisor supervisor;

    @BeforeAll
    static void shortResponseTimes() throws Exception {
        server = ShopfloorServer.shared();
        supervisor = Supervisor.anouk(server);
        assertThat(supervisor.responseTimes(1, 4, 8)).isEqualTo(200);
    }

    @AfterAll
    static void restoreResponseTimes() throws Exception {
        assertThat(supervisor.responseTimes(20, 45, 180)).isEqualTo(200);
    }

    @Test
    void apologyThenAColleagueTakesOverThenTheContactForm() {
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne"); OnlineAgent mehmet = OnlineAgent.login(server, "mehmet");
             Shopper shopper = Shopper.arrive(server)) {
            JsonObject conversation = shopper.start("Noor", "Waar blijft mijn bestelling 1234?");
            String id = conversation.getString("id");
            OnlineAgent first = conversation.getJsonObject("agent").getString("name").startsWith("Sanne") ? sanne : mehmet;
            OnlineAgent colleague = first == sanne ? mehmet : sanne;

            JsonObject apology = await(shopper.socket, "message", m -> "system".equals(m.getString("from")));
            assertThat(apology.getString("text")).isNotBlank();

            // Another test's chat left waiting may be on the list first: wait for this one.
            await(colleague.socket, "waiting", w -> w.getJsonArray("chats").stream().anyMatch(c -> id.equals(c.asJsonObject().getString("id"))));

            colleague.socket.send(Json.createObjectBuilder().add("type", "takeover").add("conversation", id).build());
            JsonObject taken = await(colleague.socket, "assigned", a -> id.equals(a.getJsonObject("chat").getString("id")));
            assertThat(taken.getJsonObject("chat").getJsonObject("routing").getBoolean("takenOver")).isTrue();
            await(first.socket, "unassigned", u -> id.equals(u.getString("conversation")));
            String colleagueName = colleague == sanne ? "Sanne de Vries" : "Mehmet Yilmaz";
            await(shopper.socket, "assigned", a -> colleagueName.equals(a.getJsonObject("agent").getString("name")));

            // The colleague does not answer either: at the limit the shopper gets the form with their question.
            JsonObject abandoned = shopper.socket.awaitType("abandoned", WAIT);
            assertThat(abandoned.getString("text")).isEqualTo("Waar blijft mijn bestelling 1234?");
            assertThat(await(colleague.socket, "closed", c -> id.equals(c.getString("conversation"))).getString("by"))
                    .isEqualTo("system");
        }
    }

    @Test
    void withoutATakeOverTheChatIsReRoutedByItself() {
        try (OnlineAgent sanne = OnlineAgent.login(server, "sanne"); OnlineAgent mehmet = OnlineAgent.login(server, "mehmet");
             Shopper shopper = Shopper.arrive(server)) {
            JsonObject conversation = shopper.start("Daan", "Kan ik mijn adres nog wijzigen?");
            String id = conversation.getString("id");
            OnlineAgent first = conversation.getJsonObject("agent").getString("name").startsWith("Sanne") ? sanne : mehmet;
            OnlineAgent next = first == sanne ? mehmet : sanne;

            await(first.socket, "unassigned", u -> id.equals(u.getString("conversation")));
            JsonObject rerouted = await(next.socket, "assigned", a -> id.equals(a.getJsonObject("chat").getString("id")));
            assertThat(rerouted.getJsonObject("chat").getJsonObject("routing").getString("chosen")).isEqualTo(next.username);

            next.say(id, "answer-after-reroute", "Ja hoor, welk adres wordt het?");
            assertThat(await(shopper.socket, "message", m -> "agent".equals(m.getString("from"))).getString("text"))
                    .isEqualTo("Ja hoor, welk adres wordt het?");
            next.socket.send(Json.createObjectBuilder().add("type", "close").add("conversation", id).build());
            await(next.socket, "closed", c -> id.equals(c.getString("conversation")));
        }
    }

    private static JsonObject await(JsonSocket socket, String type, Predicate<JsonObject> which) {
        JsonObject frame;
        do {
            frame = socket.awaitType(type, WAIT);
        } while (!which.test(frame));
        return frame;
    }
}
