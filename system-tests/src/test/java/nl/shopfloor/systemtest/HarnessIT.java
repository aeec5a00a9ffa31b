package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The harness itself against the real server: it boots, reports ready, speaks the shopper protocol,
 * refuses foreign origins, logs agents in, and the test database is reachable.
 * Seed assumptions: SHOPFLOOR_DEMO_DATA=true (shop "demo" allowing the server's own origin; agent "sanne").
 */
class HarnessIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void applicationReportsReady() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("/api/health/ready")).timeout(WAIT).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).as("GET /api/health/ready: %s", ready.body()).isEqualTo(200);
    }

    @Test
    void shopperHelloIsWelcomed() {
        try (JsonSocket shopper = JsonSocket.connect(server.wsUri("/ws/shopper?shop=demo"), server.origin(), null)) {
            shopper.send(Json.createObjectBuilder().add("type", "hello").add("lang", "en").build());

            JsonObject welcome = shopper.awaitType("welcome", WAIT);

            assertThat(welcome.getString("visitor", "")).as("visitor id in %s", welcome).isNotBlank();
            assertThat(welcome.containsKey("online")).as("online flag in %s", welcome).isTrue();
        }
    }

    @Test
    void shopperSocketFromAForeignOriginIsRefused() {
        assertThatThrownBy(() -> JsonSocket.connect(server.wsUri("/ws/shopper?shop=demo"), "https://evil.example", null))
                .isInstanceOfSatisfying(JsonSocket.HandshakeFailed.class, refused -> assertThat(refused.status()).isEqualTo(403));
    }

    @Test
    void loggedInAgentOpensTheAgentSocket() {
        AgentLogin agents = new AgentLogin(server);

        try (JsonSocket agent = agents.openAgentSocket("sanne")) {
            assertThat(agent.isOpen()).isTrue();
        }
    }

    @Test
    void agentSocketWithoutLoginIsRefused() {
        AgentLogin agents = new AgentLogin(server);

        // Any answer but the upgrade (101) is a refusal; form auth may answer with its login page (200).
        assertThatThrownBy(() -> JsonSocket.connect(agents.agentSocketUri(), server.origin(), null))
                .isInstanceOf(JsonSocket.HandshakeFailed.class);
    }

    @Test
    void testDatabaseIsReachable() throws Exception {
        try (Connection db = server.jdbc()) {
            assertThat(db.isValid(5)).isTrue();
        }
    }
}
