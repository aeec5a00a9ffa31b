package nl.shopfloor.invites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * What the adaptive split draws on (invites I5, I11): each shop's figures per rule and variant over the last
 * {@link #EVIDENCE} days, read with one query per shop at most once per {@link #FRESH_FOR}. Evaluations never wait
 * for a refresh another one started: they use the figures they have. A read that fails keeps the figures there were
 * (none at first) for another minute: the split goes on, less informed, rather than the invite failing. At most
 * {@link #MAX_SHOPS} shops are kept; past that, the stalest go.
 */
@ApplicationScoped
public class VariantStatsCache {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);
    static final Duration EVIDENCE = Duration.ofDays(30);
    static final int MAX_SHOPS = 5_000;

    private static final class Entry {
        volatile Map<String, Map<String, VariantStats>> stats;
        volatile Instant readAt;
        final AtomicBoolean refreshing = new AtomicBoolean();

        Entry(Map<String, Map<String, VariantStats>> stats, Instant readAt) {
            this.stats = stats;
            this.readAt = readAt;
        }
    }

    private static final Logger LOG = Logger.getLogger(VariantStatsCache.class.getName());

    private final Map<String, Entry> byShop = new ConcurrentHashMap<>();

    @Inject
    InviteResults results;

    @Inject
    Clock clock;

    /** Variant ref → its figures, for one rule of the shop; empty when it has none yet. */
    public Map<String, VariantStats> of(String shopId, String ruleId) {
        Instant now = clock.instant();
        Entry entry = byShop.get(shopId);
        if (entry == null) {
            entry = new Entry(read(shopId, now, Map.of()), now);
            keepRoom();
            byShop.put(shopId, entry);
        } else if (entry.readAt.plus(FRESH_FOR).isBefore(now) && entry.refreshing.compareAndSet(false, true)) {
            try {
                entry.stats = read(shopId, now, entry.stats);
                entry.readAt = now;
            } finally {
                entry.refreshing.set(false);
            }
        }
        return entry.stats.getOrDefault(ruleId, Map.of());
    }

    int size() {
        return byShop.size();
    }

    private Map<String, Map<String, VariantStats>> read(String shopId, Instant now, Map<String, Map<String, VariantStats>> before) {
        try {
            return Map.copyOf(results.variantStats(shopId, now.minus(EVIDENCE), now));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Invite results of shop " + shopId + " not read, the adaptive split keeps what it had: " + e);
            return before;
        }
    }

    private void keepRoom() {
        while (byShop.size() >= MAX_SHOPS) {
            Iterator<Map.Entry<String, Entry>> entries = byShop.entrySet().iterator();
            Map.Entry<String, Entry> stalest = null;
            while (entries.hasNext()) {
                Map.Entry<String, Entry> next = entries.next();
                if (stalest == null || next.getValue().readAt.isBefore(stalest.getValue().readAt)) {
                    stalest = next;
                }
            }
            if (stalest == null) {
                return;
            }
            byShop.remove(stalest.getKey());
        }
    }
}
