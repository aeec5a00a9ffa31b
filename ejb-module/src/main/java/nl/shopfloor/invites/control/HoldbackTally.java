package nl.shopfloor.invites.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.shopfloor.invites.entity.HoldbackReason;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts the invites held back and why (I10): a visitor whose activity is judged again and again while a rule is held
 * back counts once per (session, rule, reason). The counts wait in memory per shop, rule, reason and hour and are
 * added to {@code invite_holdback} every minute ({@code shopfloor.invite-holdbacks.flush-millis}); what a crash loses
 * is at most that minute. Bounded: the sessions remembered ({@link #MAX_SEEN}, the oldest forgotten first — such a
 * session may then count once more) and the waiting counts ({@link #MAX_WAITING}, beyond which new ones are dropped
 * until a flush succeeds, so a database that is down cannot fill the heap).
 */
@ApplicationScoped
public class HoldbackTally {

    static final String FLUSH_EVERY_DEFAULT = "60000";
    static final int MAX_SEEN = 100_000;
    static final int MAX_WAITING = 50_000;
    private static final Logger LOG = Logger.getLogger(HoldbackTally.class.getName());

    /** One row of {@code invite_holdback}: the hour is the start of the hour (UTC) the hold-backs happened in. */
    public record Bucket(String shopId, String ruleId, HoldbackReason reason, Instant hour) {
    }

    private record Seen(String shopId, String ruleId, String sessionId, HoldbackReason reason) {
    }

    private final Map<Seen, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Seen, Boolean> eldest) {
            return size() > MAX_SEEN;
        }
    };
    private final Map<Bucket, Long> waiting = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> flushing;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService scheduler;

    @Inject
    InviteHoldbacks holdbacks;

    @Inject
    @ConfigProperty(name = "shopfloor.invite-holdbacks.flush-millis", defaultValue = FLUSH_EVERY_DEFAULT)
    long flushMillis;

    /** Counts the decision when it held a matching rule back; an invite or no match counts nothing. */
    public void count(String shopId, String sessionId, InviteDecision decision, Instant at) {
        HoldbackReason reason = reasonOf(decision);
        if (reason != null) {
            heldBack(shopId, decision.rule().id(), sessionId, reason, at);
        }
    }

    /** Counts one hold-back, once per (session, rule, reason). */
    public void heldBack(String shopId, String ruleId, String sessionId, HoldbackReason reason, Instant at) {
        synchronized (seen) {
            if (seen.putIfAbsent(new Seen(shopId, ruleId, sessionId, reason), Boolean.TRUE) != null) {
                return;
            }
        }
        Bucket bucket = new Bucket(shopId, ruleId, reason, at.truncatedTo(ChronoUnit.HOURS));
        if (waiting.size() >= MAX_WAITING && !waiting.containsKey(bucket)) {
            LOG.warning(() -> "Invite hold-backs not counted: " + MAX_WAITING + " counts are waiting to be written");
            return;
        }
        waiting.merge(bucket, 1L, Long::sum);
        if (flushing == null) {
            startFlushing();
        }
    }

    static HoldbackReason reasonOf(InviteDecision decision) {
        return switch (decision.outcome()) {
            case THROTTLED -> HoldbackReason.valueOf(decision.throttle().name());
            case NO_CAPACITY -> HoldbackReason.NO_CAPACITY;
            case CAPPED -> HoldbackReason.CAPPED;
            case CONTROL_GROUP -> HoldbackReason.CONTROL_GROUP;
            case INVITE, NO_MATCH -> null;
        };
    }

    private synchronized void startFlushing() {
        if (flushing == null) {
            flushing = scheduler.scheduleWithFixedDelay(this::flush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes what was counted; a count that cannot be written now is kept for the next flush. */
    public void flush() {
        for (Bucket bucket : List.copyOf(waiting.keySet())) {
            Long count = waiting.remove(bucket);
            if (count == null) {
                continue;
            }
            try {
                holdbacks.add(bucket, count);
            } catch (RuntimeException e) {
                waiting.merge(bucket, count, Long::sum);
                LOG.log(Level.WARNING, "Invite hold-backs of shop " + bucket.shopId() + " not written yet: " + e);
                return;
            }
        }
    }

    /** Waiting to be written, for tests. */
    Map<Bucket, Long> waiting() {
        return Map.copyOf(waiting);
    }

    @PreDestroy
    synchronized void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        flush();
    }
}
