package nl.shopfloor.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
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
        BlockingQueue<JsonObject> snapshots = new LinkedBlockingQueue<>();
        HttpResponse<Stream<String>> stream = HTTP.send(HttpRequest.newBuilder(server.uri("/api/wall/events"))
                .header("Cookie", new AgentLogin(server).login("anouk")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).as("W6").isEqualTo(200);
        Thread reader = new Thread(() -> readEvents(stream.body(), snapshots), "wall-sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            await(snapshots, snapshot -> true);
            try (OnlineAgent pieter = OnlineAgent.login(server, "pieter")) {
                JsonObject online = await(snapshots, snapshot -> statusOf(snapshot, "pieter").equals("online"));
                assertThat(online.getJsonArray("agents")).as("W2").anySatisfy(agent ->
                        assertThat(agent.asJsonObject().getInt("maxChats")).isPositive());
            }
            await(snapshots, snapshot -> statusOf(snapshot, "pieter").equals("offline"));
        } finally {
            stream.body().close();
        }
    }

    private static String statusOf(JsonObject snapshot, String username) {
        return snapshot.getJsonArray("agents").stream().map(agent -> agent.asJsonObject())
                .filter(agent -> username.equals(agent.getString("username")))
                .map(agent -> agent.getString("status")).findFirst().orElse("offline");
    }

    /** Server-Sent Events framing: "event:" and "data:" lines, a blank line ends an event, ":" lines are comments. */
    private static void readEvents(Stream<String> lines, BlockingQueue<JsonObject> snapshots) {
        StringBuilder data = new StringBuilder();
        String[] event = {null};
        try {
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if ("snapshot".equals(event[0]) && data.length() > 0) {
                        snapshots.add(json(data.toString()));
                    }
                    data.setLength(0);
                    event[0] = null;
                } else if (line.startsWith("event:")) {
                    event[0] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).stripLeading());
                }
            });
        } catch (RuntimeException closed) {
            // the test closed the stream
        }
    }

    private static JsonObject await(BlockingQueue<JsonObject> snapshots, Predicate<JsonObject> which) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonObject snapshot = snapshots.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(snapshot).as("a matching snapshot within " + WAIT.toSeconds() + " s").isNotNull();
            if (which.test(snapshot)) {
                return snapshot;
            }
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
