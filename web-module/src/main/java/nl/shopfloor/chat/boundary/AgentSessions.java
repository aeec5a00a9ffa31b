package nl.shopfloor.chat.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agents' open dashboard sockets, by username (an agent may have several tabs open). A dashboard whose
 * browser died or lost its network sends no close frame, so every few seconds each socket is pinged and
 * one that has not answered for {@link #DEAD_AFTER} is closed: its agent goes offline within seconds.
 */
@ApplicationScoped
public class AgentSessions {

    static final Duration PING_EVERY = Duration.ofSeconds(5);
    static final Duration DEAD_AFTER = Duration.ofSeconds(15);

    private final Map<String, Set<Session>> byUsername = new ConcurrentHashMap<>();
    private final Heartbeat heartbeat = new Heartbeat(PING_EVERY, DEAD_AFTER);

    @Resource
    ManagedScheduledExecutorService scheduler;

    void opened(String username, Session session) {
        Outgoing.attach(session);
        byUsername.computeIfAbsent(username, id -> ConcurrentHashMap.newKeySet()).add(session);
        heartbeat.opened(session);
        heartbeat.start(scheduler);
    }

    void closed(String username, Session session) {
        heartbeat.closed(session);
        byUsername.computeIfPresent(username, (k, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    void heard(Session session) {
        heartbeat.heard(session);
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

    @PreDestroy
    void stopHeartbeat() {
        heartbeat.stop();
    }
}
