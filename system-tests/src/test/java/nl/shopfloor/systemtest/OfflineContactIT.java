package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With nobody online the widget offers the contact form; what is submitted is stored before it is
 * acknowledged, and invalid input is refused with nothing stored.
 * Seed assumptions: demo shop "demo"; demo agents offline unless a test sets them online.
 */
class OfflineContactIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void withNobodyOnlineAChatIsRefusedAndTheContactFormIsStored() throws Exception {
        try (Shopper shopper = Shopper.arrive(server)) {
            assertThat(shopper.welcome.getBoolean("online")).isFalse();
            shopper.socket.send(Json.createObjectBuilder().add("type", "start").add("name", "Bram").add("topic", "order")
                    .add("text", "Hello?").add("clientId", "start-offline-1").build());
            JsonObject refused = shopper.socket.awaitType("error", WAIT);
            assertThat(refused.getString("code")).isEqualTo("no_agent");
            assertThat(refused.getString("clientId")).isEqualTo("start-offline-1");

            String clientId = Shopper.clientId();
            JsonObject form = Json.createObjectBuilder().add("type", "contact").add("name", "Bram de Boer")
                    .add("email", "bram@example.nl").add("topic", "service")
                    .add("text", "Please call me about RMA 4411 <img src=x onerror=alert(1)>").add("clientId", clientId).build();
            shopper.socket.send(form);
            JsonObject ack = shopper.socket.awaitType("contactAck", WAIT);
            assertThat(ack.getString("clientId")).isEqualTo(clientId);

            shopper.socket.send(form);
            assertThat(shopper.socket.awaitType("contactAck", WAIT).getString("id")).as("resend stores nothing twice")
                    .isEqualTo(ack.getString("id"));

            try (Connection db = server.jdbc();
                 PreparedStatement query = db.prepareStatement(
                         "SELECT name, email, topic, text, language FROM contact_message WHERE client_id = ?")) {
                query.setString(1, clientId);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString("email")).isEqualTo("bram@example.nl");
                    assertThat(row.getString("topic")).isEqualTo("service");
                    assertThat(row.getString("text")).isEqualTo("Please call me about RMA 4411 <img src=x onerror=alert(1)>");
                    assertThat(row.getString("language")).isEqualTo("en");
                    assertThat(row.next()).isFalse();
                }
            }
        }
    }

    @Test
    void invalidContactFormsAreRefusedAndNothingIsStored() throws Exception {
        try (Shopper shopper = Shopper.arrive(server)) {
            String[] badForms = {
                "{\"type\":\"contact\",\"name\":\"Ann\",\"email\":\"not-an-email\",\"topic\":\"order\",\"text\":\"hi\",\"clientId\":\"bad-form-001\"}",
                "{\"type\":\"contact\",\"name\":\"Ann\",\"topic\":\"order\",\"text\":\"hi\",\"clientId\":\"bad-form-002\"}",
                "{\"type\":\"contact\",\"name\":\"Ann\",\"email\":\"ann@example.nl\",\"topic\":\"order\",\"text\":\"\",\"clientId\":\"bad-form-003\"}",
                "{\"type\":\"contact\",\"name\":\"Ann\",\"email\":\"ann@example.nl\",\"topic\":\"order\",\"text\":\"" + "y".repeat(4001) + "\",\"clientId\":\"bad-form-004\"}",
            };
            for (String form : badForms) {
                shopper.socket.sendRaw(form);
                JsonObject error = shopper.socket.awaitType("error", WAIT);
                assertThat(error.getString("code")).isIn("invalid", "too_large");
                assertThat(error.getString("clientId")).startsWith("bad-form-");
            }
            try (Connection db = server.jdbc();
                 PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM contact_message WHERE client_id LIKE 'bad-form-%'");
                 ResultSet count = query.executeQuery()) {
                count.next();
                assertThat(count.getInt(1)).isZero();
            }
        }
    }

    @Test
    void widgetsLearnAtOnceWhenChatBecomesPossibleAndWhenItStopsBeing() {
        try (Shopper shopper = Shopper.arrive(server)) {
            assertThat(shopper.welcome.getBoolean("online")).isFalse();
            try (JsonSocket dashboard = new AgentLogin(server).openAgentSocket("sanne")) {
                dashboard.awaitType("snapshot", WAIT);
                dashboard.send(Json.createObjectBuilder().add("type", "presence").add("status", "online").build());
                shopper.awaitAvailability(true);

                dashboard.send(Json.createObjectBuilder().add("type", "presence").add("status", "away").build());
                shopper.awaitAvailability(false);

                dashboard.send(Json.createObjectBuilder().add("type", "presence").add("status", "online").build());
                shopper.awaitAvailability(true);

                // On the phone in a channel rotation: present, but takes no chats.
                dashboard.send(Json.createObjectBuilder().add("type", "presence").add("status", "busy_elsewhere").build());
                shopper.awaitAvailability(false);

                dashboard.send(Json.createObjectBuilder().add("type", "presence").add("status", "online").build());
                shopper.awaitAvailability(true);
            }
            // A closed dashboard makes its agent offline by itself (A1).
            shopper.awaitAvailability(false);
            try (JsonSocket reopened = new AgentLogin(server).openAgentSocket("sanne")) {
                JsonObject snapshot = reopened.awaitType("snapshot", WAIT);
                assertThat(snapshot.getJsonObject("agent").getString("status")).as("A1 chosen status restored").isEqualTo("online");
                shopper.awaitAvailability(true);
                reopened.send(Json.createObjectBuilder().add("type", "presence").add("status", "offline").build());
                shopper.awaitAvailability(false);
            }
        }
    }
}
