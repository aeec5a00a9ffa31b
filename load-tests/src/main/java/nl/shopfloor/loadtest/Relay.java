package nl.shopfloor.loadtest;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One stretch of messages at a fixed rate, round robin over the open conversations, for {@link ChatBurstLoadTest}: a
 * warm-up (sent, not counted), then the measured window. The planned send time ({@link System#nanoTime()} of the driver)
 * is in the text, so the driver's own lag counts against the server. The agent's socket reads it back on arrival.
 */
final class Relay {

    private static final String FILLER = " — is this one in stock in the Utrecht store, and can I pick it up today?";

    final String name;
    final int rate;
    final Duration warmup;
    final Duration duration;
    final Results results;
    private final List<BurstShopper> shoppers;
    private final int replyEvery;
    /** The bookkeeping, also of the shoppers' acks and the agents' replies. */
    final InFlight inFlight;
    /** The server's CPU time over the measured window, once it is over. */
    volatile double serverCpuMillis;

    Relay(String name, int rate, Duration warmup, Duration duration, List<BurstShopper> shoppers, Map<String, String> agentOfConversation,
          int replyEvery) {
        this.name = name;
        this.rate = rate;
        this.warmup = warmup;
        this.duration = duration;
        this.shoppers = shoppers;
        this.replyEvery = replyEvery;
        this.results = new Results(duration.isZero() ? Duration.ofSeconds(1) : duration);
        this.inFlight = new InFlight(results, agentOfConversation);
    }

    /** No messages: frames that arrive between the phases are ignored. */
    static Relay none() {
        return new Relay("none", 0, Duration.ZERO, Duration.ZERO, List.of(), Map.of(), 0);
    }

    /** Sends on the calling thread until the end of the window; {@code atWindowStart} runs when the measured window begins. */
    void run(Runnable atWindowStart, Runnable atWindowEnd) {
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long measureStart = start + warmup.toNanos();
        long measureEnd = measureStart + duration.toNanos();
        inFlight.window(measureStart, measureEnd);
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
            BurstShopper shopper = shoppers.get((int) (k % shoppers.size()));
            String clientId = name + "-" + String.format("%08d", k); // the server takes 8-64 characters
            inFlight.send(shopper.socket, clientId, "lt " + k + " " + planned + FILLER, () -> shopper.conversation, planned);
        }
        if (!windowStarted) {
            atWindowStart.run();
        }
        Machine.sleepUntilQuietly(measureEnd);
        atWindowEnd.run();
    }

    /** On an agent's receive path: the bookkeeping, then every {@code replyEvery}-th message an answer. */
    void arrived(LoadAgent agent, long receivedNanos, JsonObject frame) {
        // UNKNOWN: a message of an earlier stretch, arriving late: that one counts it as lost
        if (inFlight.arrived(agent.username, receivedNanos, frame) != InFlight.Arrival.FIRST) {
            return;
        }
        String[] parts = frame.getString("text", "").split(" ", 3);
        if (replyEvery > 0 && parts.length > 1 && (Long.parseLong(parts[1]) + 1) % replyEvery == 0) {
            agent.reply(frame.getString("conversation", ""), parts[1]);
        }
    }

    /** Waits (bounded) until every sent message reached an agent and was acked; true if all did. */
    boolean drain(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline && !inFlight.settled()) {
            Machine.sleepUntilQuietly(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200));
        }
        return inFlight.settled();
    }

    /** Nothing lost, unacknowledged, doubled, misdelivered or unsendable. */
    boolean clean() {
        return inFlight.lost() == 0 && inFlight.notAcked() == 0 && results.duplicates.sum() == 0 && results.misdelivered.sum() == 0
                && results.sendFailures.sum() == 0;
    }

    String errors() {
        return String.format("%d lost, %d not acked, %d duplicates, %d on the wrong agent, %d send failures", inFlight.lost(),
                inFlight.notAcked(), results.duplicates.sum(), results.misdelivered.sum(), results.sendFailures.sum());
    }

    long p99Micros() {
        return results.shopperToAgent.getTotalCount() == 0 ? Long.MAX_VALUE : results.shopperToAgent.getValueAtPercentile(99);
    }
}
