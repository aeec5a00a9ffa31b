package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wall display's data: only supervisors (or the wall token, not configured on the shared server) get it,
 * and the stream pushes a new snapshot when something on the wall changes. Waits for conditions, never for time.
 * Seed assumptions: supervisor anouk, agent pieter (demo shop), every demo password "demo".
 */
class WallIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static ShopfloorServer server;

    @BeforeAll
    static void boot() {
        server = ShopfloorServer.shared();
    }

    @Test
    void refusedWithoutLoginOrToken() throws Exception {
        assertThat(get("/api/wall", null).statusCode()).as("W6").isEqualTo(401);
        assertThat(get("/api/wall/events", null).statusCode()).as("W6").isEqualTo(401);
        assertThat(get("/api/wall?token=guessed-wall-token-1234", null).statusCode()).as("W6 no token configured").isEqualTo(401);
    }

    @Test
    void anAgentWithoutSupervisorRoleIsRefused() throws Exception {
        String pieter = new AgentLogin(server).login("pieter");
        assertThat(get("/api/wall", pieter).statusCode()).as("W6").isEqualTo(403);
        assertThat(get("/api/wall/events", pieter).statusCode()).as("W6").isEqualTo(403);
    }

    @Test
    void aSupervisorGetsTheSnapshot() throws Exception {
        HttpResponse<String> response = get("/api/wall", new AgentLogin(server).login("anouk"));
        assertThat(response.statusCode()).as("W6").isEqualTo(200);
        JsonObject snapshot = json(response.body());
        assertThat(snapshot.getString("shop")).isEqualTo("demo");
        assertThat(snapshot).containsKeys("waiting", "agents", "openChats", "cap");
        assertThat(snapshot.getJsonObject("today")).as("W3 W4")
                .containsKeys("medianMillis", "withinTargetShare", "answered", "started")
                .containsEntry("targetSeconds", Json.createValue(20));
    }

    @Test
    void theWallPageAndItsDutchTextsArePublic() throws Exception {
        assertThat(get("/wall/", null).body()).contains("wall.js");
        HttpResponse<String> texts = HTTP.send(HttpRequest.newBuilder(server.uri("/api/wall/texts")).timeout(WAIT)
                .header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.8").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json(texts.body()).getJsonObject("texts").getString("wall.title")).isEqualTo("Wandscherm");
    }

    @Test
    void theStreamSendsANewSnapshotWhenAnAgentGoesOnline() throws Exception {
        try (WallStream wall = WallStream.open(ServerAddress.of(server), new AgentLogin(server).login("anouk"))) {
            wall.await(snapshot -> true, WAIT);
            try (OnlineAgent pieter = OnlineAgent.login(server, "pieter")) {
                JsonObject online = wall.await(snapshot -> WallStream.statusOf(snapshot, "pieter").equals("online"), WAIT);
                assertThat(online.getJsonArray("agents")).as("W2").anySatisfy(agent ->
                        assertThat(agent.asJsonObject().getInt("maxChats")).isPositive());
            }
            wall.await(snapshot -> WallStream.statusOf(snapshot, "pieter").equals("offline"), WAIT);
        }
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(WAIT);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (path.contains("/events")) {
            request.header("Accept", "text/event-stream");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
