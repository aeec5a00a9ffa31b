package nl.shopfloor.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The agents' open dashboard sockets, by username (an agent may have several tabs open). */
@ApplicationScoped
public class AgentSessions {

    private final Map<String, Set<Session>> byUsername = new ConcurrentHashMap<>();

    void opened(String username, Session session) {
        byUsername.computeIfAbsent(username, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void closed(String username, Session session) {
        byUsername.computeIfPresent(username, (k, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    void toAgent(String username, JsonObject frame) {
        if (username != null) {
            byUsername.getOrDefault(username, Set.of()).forEach(session -> Sockets.send(session, frame));
        }
    }
}
