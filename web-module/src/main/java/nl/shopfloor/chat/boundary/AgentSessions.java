package nl.shopfloor.chat.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.shopfloor.grid.DataGrid;

/**
 * The agents' open dashboard sockets, by username (an agent may have several tabs open). A dashboard whose
 * browser died or lost its network sends no close frame, so every few seconds each socket is pinged and
 * one that has not answered for {@link #DEAD_AFTER} is closed: its agent goes offline within seconds. In a cluster a
 * frame for an agent also goes to the other instances, which hold that agent's other dashboards (G3).
 */
@ApplicationScoped
public class AgentSessions {

    static final Duration PING_EVERY = Duration.ofSeconds(5);
    static final Duration DEAD_AFTER = Duration.ofSeconds(15);

    private final Map<String, Set<Session>> byUsername = new ConcurrentHashMap<>();
    private final Heartbeat heartbeat = new Heartbeat(PING_EVERY, DEAD_AFTER);

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    DataGrid grid;

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

    /** To the agent's dashboards wherever they are open (G3). */
    void toAgent(String username, JsonObject frame) {
        if (username != null && (grid.isClustered() || byUsername.containsKey(username))) {
            toAgent(username, frame.toString());
        }
    }

    void toAgent(String username, String frame) {
        if (username != null) {
            toAgents(List.of(username), frame);
        }
    }

    /** One frame to several agents' dashboards, wherever they are open: one notice for the other instances. */
    void toAgents(List<String> usernames, String frame) {
        usernames.forEach(username -> toAgentHere(username, frame));
        grid.tellOthers(new FrameForAgents(usernames, frame));
    }

    /** Only the dashboards open on this instance: for what every instance computes for itself (availability). */
    void toAgentHere(String username, String frame) {
        byUsername.getOrDefault(username, Set.of()).forEach(session -> Sockets.send(session, frame));
    }

    /** From another instance, on the grid's one delivery thread: only queues sends. */
    void fromOtherInstance(@Observes FrameForAgents notice) {
        notice.usernames().forEach(username -> toAgentHere(username, notice.frame()));
    }

    @PreDestroy
    void stopHeartbeat() {
        heartbeat.stop();
    }
}
