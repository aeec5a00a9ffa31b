package nl.shopfloor.kpi.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts the web sessions the widgets report (K5): a widget that finds the shopper's last activity more than 30
 * minutes ago (or none) says so in its first hello. The counts are kept in memory and added to the day's row every
 * 10 s ({@code shopfloor.web-sessions.flush-millis}), so a thousand page views a minute cost one write per shop per flush; what a crash
 * loses is at most that many seconds of counts. One counter per shop (the shops table bounds them).
 */
@ApplicationScoped
public class WebSessions {

    static final String FLUSH_EVERY_DEFAULT = "10000";
    private static final Logger LOG = Logger.getLogger(WebSessions.class.getName());

    private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();
    private volatile ScheduledFuture<?> flushing;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SessionCounts counts;

    /** Tests shorten it, so that counts from earlier tests are written before a test reads its own. */
    @Inject
    @ConfigProperty(name = "shopfloor.web-sessions.flush-millis", defaultValue = FLUSH_EVERY_DEFAULT)
    long flushMillis;

    public void started(String shopId) {
        pending.computeIfAbsent(shopId, id -> new LongAdder()).increment();
        if (flushing == null) {
            startFlushing();
        }
    }

    private synchronized void startFlushing() {
        if (flushing == null) {
            flushing = scheduler.scheduleWithFixedDelay(this::flush, flushMillis, flushMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Writes what was counted; a count that cannot be written now is kept for the next flush. */
    public void flush() {
        pending.forEach((shopId, adder) -> {
            long count = adder.sumThenReset();
            if (count == 0) {
                return;
            }
            try {
                counts.addWidgetSessions(shopId, count);
            } catch (RuntimeException e) {
                adder.add(count);
                LOG.log(Level.WARNING, "Web sessions of shop " + shopId + " not written yet: " + e);
            }
        });
    }

    @PreDestroy
    synchronized void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        flush();
    }
}
