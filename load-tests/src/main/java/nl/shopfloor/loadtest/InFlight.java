package nl.shopfloor.loadtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The shoppers' messages on their way, by clientId, and the bookkeeping both chat drivers ({@link Relay} for
 * {@link ChatBurstLoadTest}, and {@link ChatLatencyLoadTest}) do on them: the send, the arrival on an agent's socket, the
 * shopper's ack and the agent's reply. Messages planned inside the measured window count; the others are warm-up.
 */
final class InFlight {

    /** What became of a message that reached an agent's socket. */
    enum Arrival { FIRST, AGAIN, UNKNOWN }

    /** A message on its way: planned send time, and whether it counts (planned inside the measured window). */
    private record Pending(Supplier<String> conversation, long planned, boolean measured, AtomicInteger arrivals, AtomicLong acked) {
    }

    private final Results results;
    private final Map<String, String> agentOfConversation;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile long measureStart = Long.MAX_VALUE;
    private volatile long measureEnd = Long.MAX_VALUE;

    InFlight(Results results, Map<String, String> agentOfConversation) {
        this.results = results;
        this.agentOfConversation = agentOfConversation;
    }

    /** The measured window, in {@link System#nanoTime()}: messages planned from {@code start} until before {@code end} count. */
    void window(long start, long end) {
        measureStart = start;
        measureEnd = end;
    }

    long windowStart() {
        return measureStart;
    }

    long windowEnd() {
        return measureEnd;
    }

    /**
     * Sends a shopper's message (without waiting for the write) and keeps it until it arrives; {@code conversation} is
     * read when it arrives, to check it reached the agent of the shopper's conversation.
     */
    void send(JsonSocket socket, String clientId, String text, Supplier<String> conversation, long planned) {
        boolean measured = planned >= measureStart && planned < measureEnd;
        pending.put(clientId, new Pending(conversation, planned, measured, new AtomicInteger(), new AtomicLong()));
        long now = System.nanoTime();
        if (measured) {
            Results.record(results.sendLag, now - planned);
            results.sent.increment();
        } else {
            results.sentWarmup.increment();
        }
        socket.sendAsync(JsonSocket.JSON.createObjectBuilder().add("type", "message").add("clientId", clientId).add("text", text).build())
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        results.sendFailures.increment();
                        pending.remove(clientId);
                    }
                });
    }

    /** On an agent's receive path: the latency from the planned send time, duplicates and messages on the wrong agent. */
    Arrival arrived(String agent, long receivedNanos, JsonObject frame) {
        Pending message = frame.get("clientId") instanceof JsonString id ? pending.get(id.getString()) : null;
        if (message == null) {
            return Arrival.UNKNOWN;
        }
        if (message.arrivals.incrementAndGet() > 1) {
            results.duplicates.increment();
            return Arrival.AGAIN;
        }
        String conversation = frame.getString("conversation", "");
        if (!agent.equals(agentOfConversation.get(conversation)) || !conversation.equals(message.conversation.get())) {
            results.misdelivered.increment();
        }
        if (message.measured) {
            Results.record(results.shopperToAgent, receivedNanos - message.planned);
            results.recordSlice(message.planned - measureStart, receivedNanos - message.planned);
            results.delivered.increment();
        } else {
            Results.record(results.shopperToAgentWarmup, receivedNanos - message.planned);
        }
        return Arrival.FIRST;
    }

    /** On a shopper's receive path: the server stored the message. */
    void acked(long receivedNanos, String clientId) {
        Pending message = pending.get(clientId);
        if (message != null && message.acked.compareAndSet(0, receivedNanos) && message.measured) {
            Results.record(results.ack, receivedNanos - message.planned);
        }
    }

    /** On a shopper's receive path: an agent's answer ({@link LoadAgent#reply}) with its send time in the text. */
    void replyArrived(long receivedNanos, String text) {
        String[] parts = text.split(" ", 4);
        if (parts.length < 3 || !parts[0].equals("re")) {
            return;
        }
        long sent = Long.parseLong(parts[2]);
        results.repliesReceived.increment();
        if (sent >= measureStart && sent < measureEnd) {
            Results.record(results.agentToShopper, receivedNanos - sent);
        }
    }

    /** Every sent message reached an agent and was acked. */
    boolean settled() {
        return pending.values().stream().noneMatch(m -> m.arrivals.get() == 0 || m.acked.get() == 0);
    }

    long lost() {
        return pending.values().stream().filter(m -> m.arrivals.get() == 0).count();
    }

    long lostMeasured() {
        return pending.values().stream().filter(m -> m.measured && m.arrivals.get() == 0).count();
    }

    long notAcked() {
        return pending.values().stream().filter(m -> m.acked.get() == 0).count();
    }
}
