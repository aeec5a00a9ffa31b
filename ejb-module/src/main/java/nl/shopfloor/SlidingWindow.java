package nl.shopfloor;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code max} events per key (a visitor, an e-mail address, a client address) within any window of
 * the given length, estimated the usual cheap way: this fixed window's count plus the previous window's,
 * weighted by how much of it still overlaps. Two numbers per key instead of a timestamp per event, so a
 * flood from many addresses costs little memory; keys idle for two windows are dropped. Beyond
 * {@link #MAX_KEYS} active keys new keys are refused: under such a flood refusing is the safe side.
 * In memory of one instance.
 */
public final class SlidingWindow {

    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final int max;
    private final long windowMillis;
    private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

    public SlidingWindow(Clock clock, int max, Duration window) {
        if (max < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit is 0 or more events within a positive window");
        }
        this.clock = clock;
        this.max = max;
        this.windowMillis = window.toMillis();
    }

    /** Counts the event and says yes when it is within the limit; a refused event is not counted. */
    public boolean tryAcquire(String key) {
        if (!allows(key)) {
            return false;
        }
        count(key);
        return true;
    }

    /** Whether one more event for this key is within the limit, without counting it. */
    public boolean allows(String key) {
        long now = clock.millis();
        Counter counter = counters.get(key);
        if (counter == null) {
            return max > 0 && (counters.size() < MAX_KEYS || sweep(now) < MAX_KEYS);
        }
        synchronized (counter) {
            return counter.estimate(now, windowMillis) + 1 <= max;
        }
    }

    public void count(String key) {
        long now = clock.millis();
        Counter counter = counters.computeIfAbsent(key, k -> new Counter(now / windowMillis));
        synchronized (counter) {
            counter.add(now, windowMillis);
        }
    }

    private int sweep(long now) {
        long current = now / windowMillis;
        counters.values().removeIf(counter -> counter.idleSince(current));
        return counters.size();
    }

    private static final class Counter {
        private long window;
        private int previous;
        private int current;

        Counter(long window) {
            this.window = window;
        }

        double estimate(long now, long windowMillis) {
            roll(now / windowMillis);
            double overlap = 1.0 - (double) (now % windowMillis) / windowMillis;
            return previous * overlap + current;
        }

        void add(long now, long windowMillis) {
            roll(now / windowMillis);
            current++;
        }

        synchronized boolean idleSince(long currentWindow) {
            return window < currentWindow - 1;
        }

        private void roll(long to) {
            if (to == window) {
                return;
            }
            previous = to == window + 1 ? current : 0;
            current = 0;
            window = to;
        }
    }
}
