package nl.shopfloor.notifications.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A fixed number of sending threads and a bounded queue in front of them (N6). Full: the push is dropped and
 * counted, never waited for and never thrown at the business operation that caused it; one log line says so, and
 * then at most one a minute with the count so far.
 */
public class PushQueue {

    private static final Logger LOG = Logger.getLogger(PushQueue.class.getName());
    static final Duration LOG_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final ThreadPoolExecutor executor;
    private final Clock clock;
    private final AtomicLong dropped = new AtomicLong();
    private volatile Instant lastLogged;

    public PushQueue(int threads, int capacity, ThreadFactory threadFactory, Clock clock) {
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity),
                threadFactory, new ThreadPoolExecutor.AbortPolicy());
        this.executor.allowCoreThreadTimeOut(true);
        this.clock = clock;
    }

    /** False when it was dropped: the queue is full or the queue is shut down. */
    public boolean offer(Runnable push) {
        try {
            executor.execute(push);
            return true;
        } catch (RejectedExecutionException e) {
            long count = dropped.incrementAndGet();
            Instant now = clock.instant();
            Instant last = lastLogged;
            if (last == null || Duration.between(last, now).compareTo(LOG_AT_MOST_EVERY) >= 0) {
                lastLogged = now;
                LOG.warning("Push notifications dropped: the send queue is full; " + count + " dropped since start");
            }
            return false;
        }
    }

    public long dropped() {
        return dropped.get();
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
