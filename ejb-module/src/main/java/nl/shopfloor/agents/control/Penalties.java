package nl.shopfloor.agents.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed attempts per key (an account or a client address) and the wait they impose: the first
 * {@code freeFailures} cost nothing, then every further failure doubles the wait from {@code firstWait} up to
 * {@code maxWait}. Held in memory with a cap on the number of keys: entries are kept in the order of their
 * last failure, forgotten {@code forgetAfter} after it (never while a wait is in force), and when the cap is
 * reached the entry that failed longest ago makes room.
 */
final class Penalties {

    private final int freeFailures;
    private final Duration firstWait;
    private final Duration maxWait;
    private final Duration forgetAfter;
    private final int maxKeys;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    private static final class Entry {
        int failures;
        Instant lastFailure;
        Instant waitUntil;
    }

    Penalties(int freeFailures, Duration firstWait, Duration maxWait, Duration forgetAfter, int maxKeys, Clock clock) {
        this.freeFailures = Math.max(1, freeFailures);
        this.firstWait = firstWait;
        this.maxWait = maxWait.compareTo(firstWait) < 0 ? firstWait : maxWait;
        this.forgetAfter = forgetAfter.compareTo(this.maxWait) < 0 ? this.maxWait : forgetAfter;
        this.maxKeys = Math.max(1, maxKeys);
        this.clock = clock;
    }

    /** How long the key must still wait before its next attempt; zero when it may try now. */
    synchronized Duration waitFor(String key) {
        Instant now = clock.instant();
        forgetOld(now);
        Entry entry = entries.get(key);
        if (entry == null || entry.waitUntil == null || !now.isBefore(entry.waitUntil)) {
            return Duration.ZERO;
        }
        return Duration.between(now, entry.waitUntil);
    }

    synchronized void failed(String key) {
        Instant now = clock.instant();
        forgetOld(now);
        Entry entry = entries.remove(key);
        if (entry == null) {
            entry = new Entry();
            if (entries.size() >= maxKeys) {
                Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        entry.failures++;
        entry.lastFailure = now;
        entry.waitUntil = entry.failures < freeFailures ? null : now.plus(waitAfter(entry.failures));
        entries.put(key, entry);
    }

    synchronized void reset(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    private Duration waitAfter(int failures) {
        int doublings = failures - freeFailures;
        if (doublings >= 30) {
            return maxWait;
        }
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    private void forgetOld(Instant now) {
        Iterator<Entry> oldestFirst = entries.values().iterator();
        while (oldestFirst.hasNext()) {
            Entry entry = oldestFirst.next();
            boolean waiting = entry.waitUntil != null && now.isBefore(entry.waitUntil);
            if (waiting || now.isBefore(entry.lastFailure.plus(forgetAfter))) {
                return;
            }
            oldestFirst.remove();
        }
    }
}
