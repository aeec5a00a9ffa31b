package nl.shopfloor.chat.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agents' open dashboard sockets, by username (an agent may have several tabs open). A dashboard whose
 * browser died or lost its network sends no close frame, so every few seconds each socket is pinged and
 * one that has not answered for {@link #DEAD_AFTER} is closed: its agent goes offline within seconds.
 */
@ApplicationScoped
public class AgentSessions {

    static final Duration PING_EVERY = Duration.ofSeconds(5);
    static final Duration DEAD_AFTER = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(AgentSessions.class.getName());

    private final Map<String, Set<Session>> byUsername = new ConcurrentHashMap<>();
    private final Map<Session, Instant> lastHeard = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> heartbeat;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void opened(String username, Session session) {
        Outgoing.attach(session);
        byUsername.computeIfAbsent(username, id -> ConcurrentHashMap.newKeySet()).add(session);
        heard(session);
        startHeartbeat();
    }

    void closed(String username, Session session) {
        lastHeard.remove(session);
        byUsername.computeIfPresent(username, (k, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    void heard(Session session) {
        lastHeard.put(session, clock.instant());
    }

    void toAgent(String username, JsonObject frame) {
        if (username != null) {
            Set<Session> dashboards = byUsername.getOrDefault(username, Set.of());
            if (!dashboards.isEmpty()) {
                toAgent(username, frame.toString());
            }
        }
    }

    void toAgent(String username, String frame) {
        if (username != null) {
            byUsername.getOrDefault(username, Set.of()).forEach(session -> Sockets.send(session, frame));
        }
    }

    private synchronized void startHeartbeat() {
        if (heartbeat == null) {
            heartbeat = scheduler.scheduleWithFixedDelay(this::pingOrClose, PING_EVERY.toMillis(), PING_EVERY.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    void pingOrClose() {
        Instant deadline = clock.instant().minus(DEAD_AFTER);
        lastHeard.forEach((session, heard) -> {
            try {
                if (heard.isBefore(deadline)) {
                    lastHeard.remove(session);
                    session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "no answer to pings"));
                } else if (session.isOpen()) {
                    session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Heartbeat to a dashboard failed", e);
            }
        });
    }

    @PreDestroy
    synchronized void stopHeartbeat() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
    }
}
