package nl.shopfloor.chat.boundary;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds sockets whose peer vanished without a close frame (a dead browser, a lost network): every {@code every}
 * each socket is pinged, and one that sent nothing — no frame, no pong — for {@code deadAfter} is closed. The
 * container's session idle timeout is off by default and stays off: it would close a quiet but healthy widget.
 */
final class Heartbeat {

    private static final Logger LOG = Logger.getLogger(Heartbeat.class.getName());

    private final Map<Session, Instant> lastHeard = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private final Duration every;
    private final Duration deadAfter;
    private ScheduledFuture<?> beating;

    Heartbeat(Duration every, Duration deadAfter) {
        this.every = every;
        this.deadAfter = deadAfter;
    }

    void opened(Session session) {
        heard(session);
    }

    void heard(Session session) {
        lastHeard.put(session, clock.instant());
    }

    void closed(Session session) {
        lastHeard.remove(session);
    }

    synchronized void start(ManagedScheduledExecutorService scheduler) {
        if (beating == null) {
            beating = scheduler.scheduleWithFixedDelay(this::pingOrClose, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    synchronized void stop() {
        if (beating != null) {
            beating.cancel(false);
        }
    }

    void pingOrClose() {
        Instant deadline = clock.instant().minus(deadAfter);
        lastHeard.forEach((session, heard) -> {
            try {
                if (heard.isBefore(deadline)) {
                    lastHeard.remove(session);
                    session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "no answer to pings"));
                } else if (session.isOpen()) {
                    session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
                } else {
                    lastHeard.remove(session);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Heartbeat to socket " + session.getId() + " failed", e);
            }
        });
    }
}
