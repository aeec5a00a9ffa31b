package nl.shopfloor.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The shoppers' open sockets, by shop (availability) and by visitor (their conversation, in every tab). */
@ApplicationScoped
public class ShopperSessions {

    private final Map<String, Set<Session>> byShop = new ConcurrentHashMap<>();
    private final Map<String, Set<Session>> byVisitor = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lastAvailability = new ConcurrentHashMap<>();

    void joined(String shopId, Session session) {
        byShop.computeIfAbsent(shopId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void identified(String visitorId, Session session) {
        byVisitor.computeIfAbsent(visitorId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void left(String shopId, String visitorId, Session session) {
        remove(byShop, shopId, session);
        remove(byVisitor, visitorId, session);
    }

    void toVisitor(String visitorId, JsonObject frame) {
        byVisitor.getOrDefault(visitorId, Set.of()).forEach(session -> Sockets.send(session, frame));
    }

    /** Pushes availability to every widget of the shop, only when it changed. */
    void availability(String shopId, boolean online) {
        Boolean previous = lastAvailability.put(shopId, online);
        if (previous == null || previous != online) {
            JsonObject frame = Json.createObjectBuilder().add("type", "availability").add("online", online).build();
            byShop.getOrDefault(shopId, Set.of()).forEach(session -> Sockets.send(session, frame));
        }
    }

    void rememberAvailability(String shopId, boolean online) {
        lastAvailability.put(shopId, online);
    }

    public int connectedCount() {
        return byShop.values().stream().mapToInt(Set::size).sum();
    }

    private static void remove(Map<String, Set<Session>> index, String key, Session session) {
        if (key != null) {
            index.computeIfPresent(key, (k, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }
}
