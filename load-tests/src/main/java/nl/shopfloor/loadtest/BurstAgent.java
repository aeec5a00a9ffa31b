package nl.shopfloor.loadtest;

import static nl.shopfloor.loadtest.JsonSocket.JSON;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A logged-in agent of {@link ChatBurstLoadTest} with the dashboard socket open; answers on its own thread, never on the receive path. */
final class BurstAgent implements JsonSocket.Handler {

    private static final long WAIT_SECONDS = 30;

    final ChatBurstLoadTest test;
    final String username;
    final ExecutorService outbound;
    final CompletableFuture<JsonObject> snapshot = new CompletableFuture<>();
    final CompletableFuture<JsonObject> online = new CompletableFuture<>();
    final AtomicInteger replies = new AtomicInteger();
    JsonSocket socket;

    private BurstAgent(ChatBurstLoadTest test, String username) {
        this.test = test;
        this.username = username;
        this.outbound = Executors.newSingleThreadExecutor(r -> new Thread(r, "agent-" + username));
    }

    static BurstAgent online(ChatBurstLoadTest test, HttpClient client, MicroServer server, String username) throws Exception {
        BurstAgent agent = new BurstAgent(test, username);
        try {
            String cookie = FormLogin.cookie(server, username);
            agent.socket = JsonSocket.connect(client, "agent " + username, server.wsUri("/ws/agent"),
                    Map.of("Origin", server.origin(), "Cookie", cookie), agent);
            agent.snapshot.get(WAIT_SECONDS, TimeUnit.SECONDS);
            agent.socket.send(JSON.createObjectBuilder().add("type", "presence").add("status", "online").build());
            agent.online.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return agent;
        } catch (Exception e) {
            agent.close();
            throw e;
        }
    }

    @Override
    public void frame(JsonSocket socket, long receivedNanos, JsonObject frame) {
        switch (frame.getString("type", "")) {
            case "message" -> {
                if ("shopper".equals(frame.getString("from", ""))) {
                    test.relay().arrived(this, receivedNanos, frame);
                }
            }
            case "assigned" -> {
                String conversation = frame.getJsonObject("chat").getString("id");
                test.assigned(conversation, username);
                reply(conversation, "first");
            }
            case "snapshot" -> snapshot.complete(frame);
            case "presence" -> {
                if ("online".equals(frame.getString("status", ""))) {
                    online.complete(frame);
                }
            }
            case "error" -> test.results().error("agent socket: " + frame.getString("code", "?"));
            default -> {
                // waiting lists, typing, closed: not measured
            }
        }
    }

    /** An answer with its send time in the text; the shopper's socket measures it. */
    void reply(String conversation, String what) {
        outbound.execute(() -> {
            long sent = System.nanoTime();
            String clientId = "re-" + username + "-" + replies.incrementAndGet();
            socket.sendAsync(JSON.createObjectBuilder().add("type", "message").add("conversation", conversation).add("clientId", clientId)
                            .add("text", "re " + what + " " + sent + " Happy to help, let me check that for you.").build())
                    .whenComplete((ws, error) -> {
                        if (error != null) {
                            test.results().sendFailures.increment();
                        }
                    });
        });
    }

    @Override
    public void closed(JsonSocket socket, int status, String reason) {
        test.agentSocketClosed(this, status, reason);
    }

    void close() {
        outbound.shutdownNow();
        if (socket != null) {
            socket.close();
        }
    }
}
