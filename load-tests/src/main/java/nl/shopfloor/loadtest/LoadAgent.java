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

/**
 * A logged-in agent of a chat driver ({@link ChatBurstLoadTest}, {@link ChatLatencyLoadTest}) with the dashboard socket
 * open and online; answers on its own thread, never on the receive path. What it sees goes to its {@link Driver}.
 */
final class LoadAgent implements JsonSocket.Handler {

    /** The run the agent works for: what it must hear of. */
    interface Driver {
        /** A shopper's message reached the agent's socket (on its receive path). */
        void arrived(LoadAgent agent, long receivedNanos, JsonObject frame);

        /** The server closed the agent's socket. */
        void agentClosed(LoadAgent agent, int status, String reason);
    }

    private static final long WAIT_SECONDS = 30;

    final Driver driver;
    final Results results;
    final Map<String, String> agentOfConversation;
    final String username;
    final ExecutorService outbound;
    final CompletableFuture<JsonObject> snapshot = new CompletableFuture<>();
    final CompletableFuture<JsonObject> online = new CompletableFuture<>();
    final AtomicInteger replies = new AtomicInteger();
    private final boolean awaitWrite;
    JsonSocket socket;

    private LoadAgent(Driver driver, Results results, Map<String, String> agentOfConversation, String username, boolean awaitWrite) {
        this.driver = driver;
        this.results = results;
        this.agentOfConversation = agentOfConversation;
        this.username = username;
        this.awaitWrite = awaitWrite;
        this.outbound = Executors.newSingleThreadExecutor(r -> new Thread(r, "agent-" + username));
    }

    /**
     * Logs in with the form, opens the dashboard socket and goes online. Error frames and failed replies are counted in
     * {@code results}, the conversations assigned to the agent go into {@code agentOfConversation}. {@code awaitWrite}: each
     * reply waits until it is written before the next one is sent, and replies sent are counted; otherwise they are queued
     * on the socket.
     */
    static LoadAgent online(HttpClient client, MicroServer server, String username, Driver driver, Results results,
                            Map<String, String> agentOfConversation, boolean awaitWrite) throws Exception {
        LoadAgent agent = new LoadAgent(driver, results, agentOfConversation, username, awaitWrite);
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
                    driver.arrived(this, receivedNanos, frame);
                }
            }
            case "assigned" -> {
                String conversation = frame.getJsonObject("chat").getString("id");
                agentOfConversation.put(conversation, username);
                reply(conversation, "first");
            }
            case "snapshot" -> snapshot.complete(frame);
            case "presence" -> {
                if ("online".equals(frame.getString("status", ""))) {
                    online.complete(frame);
                }
            }
            case "error" -> results.error("agent socket: " + frame.getString("code", "?"));
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
            JsonObject answer = JSON.createObjectBuilder().add("type", "message").add("conversation", conversation).add("clientId", clientId)
                    .add("text", "re " + what + " " + sent + " Happy to help, let me check that for you.").build();
            if (awaitWrite) {
                try {
                    socket.send(answer);
                    results.repliesSent.increment();
                } catch (RuntimeException e) {
                    results.sendFailures.increment();
                }
            } else {
                socket.sendAsync(answer).whenComplete((ws, error) -> {
                    if (error != null) {
                        results.sendFailures.increment();
                    }
                });
            }
        });
    }

    @Override
    public void closed(JsonSocket socket, int status, String reason) {
        driver.agentClosed(this, status, reason);
    }

    void close() {
        outbound.shutdownNow();
        if (socket != null) {
            socket.close();
        }
    }
}
