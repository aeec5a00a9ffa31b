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

/** The wall's Server-Sent Events stream ({@code /api/wall/events}) of one server, read into snapshots as they come. */
final class WallStream implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final HttpResponse<Stream<String>> stream;
    private final BlockingQueue<JsonObject> snapshots = new LinkedBlockingQueue<>();

    private WallStream(HttpResponse<Stream<String>> stream) {
        this.stream = stream;
    }

    /** Opens the stream with the session cookie of a supervisor; fails unless it answers 200. */
    static WallStream open(ServerAddress server, String cookie) throws Exception {
        HttpResponse<Stream<String>> response = HTTP.send(HttpRequest.newBuilder(server.uri("/api/wall/events"))
                .header("Cookie", cookie).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).as("W6").isEqualTo(200);
        WallStream wall = new WallStream(response);
        Thread reader = new Thread(wall::read, "wall-sse-reader");
        reader.setDaemon(true);
        reader.start();
        return wall;
    }

    /** The first snapshot from now on that matches, passing by the others. */
    JsonObject await(Predicate<JsonObject> which, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            JsonObject snapshot = snapshots.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            assertThat(snapshot).as("a matching wall snapshot within " + wait.toSeconds() + " s").isNotNull();
            if (which.test(snapshot)) {
                return snapshot;
            }
        }
    }

    static String statusOf(JsonObject snapshot, String username) {
        return snapshot.getJsonArray("agents").stream().map(agent -> agent.asJsonObject())
                .filter(agent -> username.equals(agent.getString("username")))
                .map(agent -> agent.getString("status")).findFirst().orElse("offline");
    }

    /** Server-Sent Events framing: "event:" and "data:" lines, a blank line ends an event, ":" lines are comments. */
    private void read() {
        StringBuilder data = new StringBuilder();
        String[] event = {null};
        try {
            stream.body().forEach(line -> {
                if (line.isEmpty()) {
                    if ("snapshot".equals(event[0]) && data.length() > 0) {
                        snapshots.add(Json.createReader(new StringReader(data.toString())).readObject());
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

    @Override
    public void close() {
        stream.body().close();
    }
}
