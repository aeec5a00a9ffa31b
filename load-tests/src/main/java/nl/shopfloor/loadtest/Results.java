package nl.shopfloor.loadtest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SynchronizedHistogram;

/** What the run measured: latency histograms in microseconds, and counts of everything that went wrong. */
final class Results {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(5);

    /** Shopper sends (time embedded in the text) → the frame is complete on the assigned agent's socket. */
    final Histogram shopperToAgent = histogram();
    /** The same during the warm-up: reported apart, not mixed in. */
    final Histogram shopperToAgentWarmup = histogram();
    /** Shopper sends → the shopper's own socket gets the ack (stored). */
    final Histogram ack = histogram();
    /** Agent sends a reply (time in the text) → it is complete on the shopper's socket. */
    final Histogram agentToShopper = histogram();
    /** How late the driver sent a message after its planned time (its own lag, included in the latencies above). */
    final Histogram sendLag = histogram();

    /** shopperToAgent per slice of the measured window, by planned send time: does the latency hold or grow? */
    final Histogram[] slices;
    final long sliceNanos;

    final LongAdder sent = new LongAdder();
    final LongAdder sentWarmup = new LongAdder();
    final LongAdder delivered = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder misdelivered = new LongAdder();
    final LongAdder sendFailures = new LongAdder();
    final LongAdder repliesSent = new LongAdder();
    final LongAdder repliesReceived = new LongAdder();
    final LongAdder unexpectedCloses = new LongAdder();
    final LongAdder conversationsEndedByServer = new LongAdder();
    final LongAdder agentHandshakesRefused = new LongAdder();
    final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    Results(java.time.Duration window) {
        int count = (int) Math.max(1, Math.min(12, window.toSeconds() / 10));
        slices = new Histogram[count];
        for (int i = 0; i < count; i++) {
            slices[i] = histogram();
        }
        sliceNanos = Math.max(1, window.toNanos() / count);
    }

    void recordSlice(long sinceWindowStart, long latencyNanos) {
        int slice = (int) Math.min(slices.length - 1, Math.max(0, sinceWindowStart / sliceNanos));
        record(slices[slice], latencyNanos);
    }

    /** p50/max per slice, in milliseconds. */
    String slicesSummary() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < slices.length; i++) {
            Histogram h = slices[i];
            line.append(String.format("%s+%ds: %s/%s", i == 0 ? "" : "  ", TimeUnit.NANOSECONDS.toSeconds(i * sliceNanos),
                    h.getTotalCount() == 0 ? "-" : ms(h.getValueAtPercentile(50)), h.getTotalCount() == 0 ? "-" : ms(h.getMaxValue())));
        }
        return line.toString();
    }

    static Histogram histogram() {
        return new SynchronizedHistogram(MAX_MICROS, 3);
    }

    static void record(Histogram histogram, long nanos) {
        histogram.recordValue(Math.max(0, Math.min(MAX_MICROS, TimeUnit.NANOSECONDS.toMicros(nanos))));
    }

    void error(String code) {
        errors.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errorsByCode() {
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((code, count) -> sorted.put(code, count.sum()));
        return sorted;
    }

    /** count, p50, p90, p95, p99, p99.9 and max in milliseconds. */
    static String summary(Histogram h) {
        if (h.getTotalCount() == 0) {
            return "no samples";
        }
        return String.format("n=%d  p50=%s  p90=%s  p95=%s  p99=%s  p99.9=%s  max=%s ms  (mean %s ms)",
                h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)),
                ms(h.getMaxValue()), ms(Math.round(h.getMean())));
    }

    static String ms(long micros) {
        return micros < 10_000 ? String.format("%.2f", micros / 1000.0) : String.format("%.0f", micros / 1000.0);
    }
}
