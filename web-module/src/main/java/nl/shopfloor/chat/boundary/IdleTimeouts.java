package nl.shopfloor.chat.boundary;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.logging.Logger;

/**
 * Gives the WebSocket container a plain scheduler for its session idle timeouts. Payara's Tyrus (2.1.5) restarts
 * a session's idle timeout on every frame in and out — even with the timeout off, when the task it schedules does
 * nothing — and schedules it on the managed scheduled executor it found in JNDI, whose context capture searches
 * the class path for thread-context providers every time: 14 % of the server's CPU in the relay profile
 * (load-tests README, section 5). The task needs no context: it only closes a session that stayed idle too long.
 * Without the container internals this expects (another Tyrus), nothing changes but the cost.
 */
final class IdleTimeouts {

    private static final Logger LOG = Logger.getLogger(IdleTimeouts.class.getName());
    private static final String FIELD = "managedScheduledExecutorService";

    private final Object container;
    private final Field field;
    private final Object managed;
    private final ScheduledThreadPoolExecutor plain;

    private IdleTimeouts(Object container, Field field, Object managed) {
        this.container = container;
        this.field = field;
        this.managed = managed;
        this.plain = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "shopfloor-websocket-idle-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        plain.setRemoveOnCancelPolicy(true); // a timeout restarted on every frame leaves no cancelled tasks behind
    }

    /** Call before any socket opens: a session takes the container's scheduler when it is created. */
    static IdleTimeouts unmanage(Object container) {
        try {
            Field field = fieldOf(container.getClass());
            if (field == null) {
                LOG.info("WebSocket idle timeouts stay on the container's scheduler: " + container.getClass().getName()
                        + " has no " + FIELD);
                return null;
            }
            field.setAccessible(true);
            Object managed = field.get(container);
            if (!(managed instanceof ManagedScheduledExecutorService)) {
                return null;
            }
            IdleTimeouts timeouts = new IdleTimeouts(container, field, managed);
            field.set(container, timeouts.plain);
            return timeouts;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.info("WebSocket idle timeouts stay on the container's scheduler: " + e);
            return null;
        }
    }

    private static Field fieldOf(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(FIELD) && field.getType() == ScheduledExecutorService.class) {
                    return field;
                }
            }
        }
        return null;
    }

    void restore() {
        try {
            field.set(container, managed);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.fine(() -> "Could not give the container its scheduler back: " + e);
        }
        plain.shutdownNow();
    }
}
