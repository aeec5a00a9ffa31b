package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of what run.sh gives a newcomer: the embedded H2 default (no DB_* variables) with demo
 * data migrates, reports ready and welcomes a shopper. Stopped afterwards to free its memory.
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
    void embeddedDefaultWelcomesAShopper() {
        server = ShopfloorServer.embedded();

        try (JsonSocket shopper = JsonSocket.connect(server.wsUri("/ws/shopper?shop=demo"), server.origin(), null)) {
            shopper.send(Json.createObjectBuilder().add("type", "hello").add("lang", "nl").build());

            assertThat(shopper.awaitType("welcome", Duration.ofSeconds(10)).getString("visitor", "")).isNotBlank();
        }
    }
}
