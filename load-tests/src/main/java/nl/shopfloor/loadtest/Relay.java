package nl.shopfloor.loadtest;

import static nl.shopfloor.loadtest.JsonSocket.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One stretch of messages at a fixed rate, round robin over the open conversations, for {@link ChatBurstLoadTest}: a
 * warm-up (sent, not counted), then the measured window. The planned send time ({@link System#nanoTime()} of the driver)
 * is in the text, so the driver's own lag counts against the server. The agent's socket reads it back on arrival.
 */
final class Relay {

    private static final String FILLER = " — is this one in stock in the Utrecht store, and can I pick it up today?";

    /** A message on its way. */
    private record Pending(BurstShopper shopper, long planned, boolean measured, AtomicInteger arrivals, AtomicLong acked) {
    }

    final String name;
    final int rate;
    final Duration warmup;
    final Duration duration;
    final Results results;
    private final List<BurstShopper> shoppers;
    private final Map<String, String> agentOfConversation;
    private final int replyEvery;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private volatile long measureStart = Long.MAX_VALUE;
    private volatile long measureEnd = Long.MAX_VALUE;

    Relay(String name, int rate, Duration warmup, Duration duration, List<BurstShopper> shoppers, Map<String, String> agentOfConversation,
          int replyEvery) {
        this.name = name;
        this.rate = rate;
        this.warmup = warmup;
        this.duration = duration;
        this.shoppers = shoppers;
        this.agentOfConversation = agentOfConversation;
        this.replyEvery = replyEvery;
        this.results = new Results(duration.isZero() ? Duration.ofSeconds(1) : duration);
    }

    /** No messages: frames that arrive between the phases are ignored. */
    static Relay none() {
        return new Relay("none", 0, Duration.ZERO, Duration.ZERO, List.of(), Map.of(), 0);
    }

    /** Sends on the calling thread until the end of the window; {@code atWindowStart} runs when the measured window begins. */
    void run(Runnable atWindowStart, Runnable atWindowEnd) {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        measureStart = start + warmup.toNanos();
        measureEnd = measureStart + duration.toNanos();
        long total = (warmup.toNanos() + duration.toNanos()) * rate / 1_000_000_000L;
        boolean windowStarted = false;
        for (long k = 0; k < total; k++) {
            long planned = start + k * 1_000_000_000L / rate;
            if (!windowStarted && planned >= measureStart) {
                windowStarted = true;
                atWindowStart.run();
            }
            long left;
            while ((left = planned - System.nanoTime()) > 0) {
                LockSupport.parkNanos(left);
            }
            send(k, planned);
        }
        if (!windowStarted) {
            atWindowStart.run();
        }
        Machine.sleepUntilQuietly(measureEnd);
        atWindowEnd.run();
    }

    private void send(long k, long planned) {
        BurstShopper shopper = shoppers.get((int) (k % shoppers.size()));
        boolean measured = planned >= measureStart && planned < measureEnd;
        String clientId = name + "-" + String.format("%08d", k); // the server takes 8-64 characters
        pending.put(clientId, new Pending(shopper, planned, measured, new AtomicInteger(), new AtomicLong()));
        long now = System.nanoTime();
        if (measured) {
            Results.record(results.sendLag, now - planned);
            results.sent.increment();
        } else {
            results.sentWarmup.increment();
        }
        shopper.socket.sendAsync(JSON.createObjectBuilder().add("type", "message").add("clientId", clientId)
                        .add("text", "lt " + k + " " + planned + FILLER).build())
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        results.sendFailures.increment();
                        pending.remove(clientId);
                    }
                });
    }

    /** On an agent's receive path: the latency from the time in the text, then the bookkeeping. */
    void arrived(BurstAgent agent, long receivedNanos, JsonObject frame) {
        Pending message = frame.get("clientId") instanceof JsonString id ? pending.get(id.getString()) : null;
        if (message == null) {
            return; // a message of an earlier stretch, arriving late: that one counts it as lost
        }
        if (message.arrivals.incrementAndGet() > 1) {
            results.duplicates.increment();
            return;
        }
        String conversation = frame.getString("conversation", "");
        if (!agent.username.equals(agentOfConversation.get(conversation)) || !conversation.equals(message.shopper.conversation)) {
            results.misdelivered.increment();
        }
        if (message.measured) {
            Results.record(results.shopperToAgent, receivedNanos - message.planned);
            results.recordSlice(message.planned - measureStart, receivedNanos - message.planned);
            results.delivered.increment();
        } else {
            Results.record(results.shopperToAgentWarmup, receivedNanos - message.planned);
        }
        String[] parts = frame.getString("text", "").split(" ", 3);
        if (replyEvery > 0 && parts.length > 1 && (Long.parseLong(parts[1]) + 1) % replyEvery == 0) {
            agent.reply(conversation, parts[1]);
        }
    }

    void acked(long receivedNanos, String clientId) {
        Pending message = pending.get(clientId);
        if (message != null && message.acked.compareAndSet(0, receivedNanos) && message.measured) {
            Results.record(results.ack, receivedNanos - message.planned);
        }
    }

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

    /** Waits (bounded) until every sent message reached an agent and was acked; true if all did. */
    boolean drain(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline && pending.values().stream().anyMatch(m -> m.arrivals.get() == 0 || m.acked.get() == 0)) {
            Machine.sleepUntilQuietly(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200));
        }
        return pending.values().stream().noneMatch(m -> m.arrivals.get() == 0 || m.acked.get() == 0);
    }

    long lost() {
        return pending.values().stream().filter(m -> m.arrivals.get() == 0).count();
    }

    long notAcked() {
        return pending.values().stream().filter(m -> m.acked.get() == 0).count();
    }

    /** Nothing lost, unacknowledged, doubled, misdelivered or unsendable. */
    boolean clean() {
        return lost() == 0 && notAcked() == 0 && results.duplicates.sum() == 0 && results.misdelivered.sum() == 0
                && results.sendFailures.sum() == 0;
    }

    String errors() {
        return String.format("%d lost, %d not acked, %d duplicates, %d on the wrong agent, %d send failures", lost(), notAcked(),
                results.duplicates.sum(), results.misdelivered.sum(), results.sendFailures.sum());
    }

    long p99Micros() {
        return results.shopperToAgent.getTotalCount() == 0 ? Long.MAX_VALUE : results.shopperToAgent.getValueAtPercentile(99);
    }
}
