package nl.shopfloor.loadtest;

import static nl.shopfloor.loadtest.JsonSocket.JSON;

import jakarta.json.JsonObject;
import java.util.concurrent.CompletableFuture;

/**
 * One open shop page of {@link ChatBurstLoadTest}: the widget's socket, said hello, and at most one conversation. Every
 * page comes from an address of its own ({@code X-Forwarded-For}, trusted from 127.0.0.1), as shoppers on a real site do.
 */
final class BurstShopper implements JsonSocket.Handler {

    /** A start refused with an error frame: its code. */
    static final class StartRefused extends RuntimeException {
        final String code;

        StartRefused(String code) {
            super("start refused: " + code, null, false, false);
            this.code = code;
        }
    }

    final ChatBurstLoadTest test;
    final int index;
    final CompletableFuture<JsonObject> welcome = new CompletableFuture<>();
    volatile CompletableFuture<String> started;
    volatile String startClientId;
    volatile long startSentNanos;
    volatile String conversation;
    JsonSocket socket;

    BurstShopper(ChatBurstLoadTest test, int index) {
        this.test = test;
        this.index = index;
    }

    /** 10.x.y.z, distinct for the first 16 million pages. */
    String address() {
        return DemoShop.address(index);
    }

    /** Sends a start frame (without waiting for the write); the future ends with the conversation id or {@link StartRefused}. */
    CompletableFuture<String> start(int attempt, String topic) {
        CompletableFuture<String> result = new CompletableFuture<>();
        startClientId = String.format("start-%05d-%d", index, attempt);
        started = result;
        startSentNanos = System.nanoTime();
        socket.sendAsync(JSON.createObjectBuilder().add("type", "start").add("name", "Burst Shopper " + index).add("topic", topic)
                        .add("clientId", startClientId).build())
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        result.completeExceptionally(new StartRefused("send failed"));
                    }
                });
        return result;
    }

    @Override
    public void frame(JsonSocket socket, long receivedNanos, JsonObject frame) {
        switch (frame.getString("type", "")) {
            case "ack" -> test.relay().inFlight.acked(receivedNanos, frame.getString("clientId", ""));
            case "message" -> {
                if ("agent".equals(frame.getString("from", ""))) {
                    test.relay().inFlight.replyArrived(receivedNanos, frame.getString("text", ""));
                }
            }
            case "welcome" -> welcome.complete(frame);
            case "started" -> {
                conversation = frame.getJsonObject("conversation").getString("id");
                CompletableFuture<String> waiting = started;
                if (waiting != null) {
                    waiting.complete(conversation);
                }
            }
            case "error" -> {
                String code = frame.getString("code", "?");
                CompletableFuture<String> waiting = started;
                if (waiting != null && !waiting.isDone() && frame.getString("clientId", "").equals(startClientId)) {
                    waiting.completeExceptionally(new StartRefused(code));
                } else {
                    test.results().error("shopper socket: " + code);
                }
            }
            case "closed", "abandoned" -> test.results().conversationsEndedByServer.increment();
            default -> {
                // availability, assigned, typing: not measured
            }
        }
    }

    @Override
    public void closed(JsonSocket socket, int status, String reason) {
        test.shopperSocketClosed(this, status, reason);
    }
}
