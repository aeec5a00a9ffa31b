package nl.shopfloor.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.shopfloor.CachedJson;
import nl.shopfloor.capacity.control.Availability;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The shoppers' open sockets, by shop (availability) and by visitor (their conversation, in every tab). */
@ApplicationScoped
public class ShopperSessions {

    private final Map<String, Set<Session>> byShop = new ConcurrentHashMap<>();
    private final Map<String, Set<Session>> byVisitor = new ConcurrentHashMap<>();
    private final Map<String, Availability> lastAvailability = new ConcurrentHashMap<>();
    private final Map<String, Set<Session>> teamWatchers = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> lastTeam = new ConcurrentHashMap<>();

    static final String OWN_AGENT = "shopfloor.ownAgent";
    static final String LANGUAGE = "shopfloor.language";

    @Inject
    ShopOpening opening;
    static final String OWN_AGENT_SHOWN = "shopfloor.ownAgentShown";

    void joined(String shopId, Session session) {
        byShop.computeIfAbsent(shopId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void identified(String visitorId, Session session) {
        byVisitor.computeIfAbsent(visitorId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void left(String shopId, String visitorId, Session session) {
        remove(byShop, shopId, session);
        remove(byVisitor, visitorId, session);
        remove(teamWatchers, shopId, session);
    }

    void watchTeam(String shopId, Session session) {
        teamWatchers.computeIfAbsent(shopId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    boolean hasTeamWatchers(String shopId) {
        return !teamWatchers.getOrDefault(shopId, Set.of()).isEmpty();
    }

    /** Pushes the team list to the shop's team pages, only when it changed. */
    void team(String shopId, JsonObject team) {
        JsonObject previous = lastTeam.put(shopId, team);
        if (!team.equals(previous)) {
            teamWatchers.getOrDefault(shopId, Set.of()).forEach(session -> Sockets.send(session, team));
        }
    }

    /** The shop's sockets that show a personal chat button, by the agent it is for. */
    Map<String, List<Session>> ownAgentButtons(String shopId) {
        return byShop.getOrDefault(shopId, Set.of()).stream()
                .filter(session -> session.getUserProperties().get(OWN_AGENT) != null)
                .collect(Collectors.groupingBy(session -> (String) session.getUserProperties().get(OWN_AGENT)));
    }

    void toVisitor(String visitorId, JsonObject frame) {
        byVisitor.getOrDefault(visitorId, Set.of()).forEach(session -> Sockets.send(session, frame));
    }

    /** Pushes availability to every widget of the shop, only when it changed; a closed shop says when it opens, per language. */
    void availability(String shopId, Availability availability) {
        Availability previous = lastAvailability.put(shopId, availability);
        if (previous != availability) {
            Map<String, JsonObject> frames = new ConcurrentHashMap<>();
            byShop.getOrDefault(shopId, Set.of()).forEach(session -> {
                String language = String.valueOf(session.getUserProperties().getOrDefault(LANGUAGE, "en"));
                Sockets.send(session, frames.computeIfAbsent(language, lang -> availabilityFrame(shopId, availability, lang)));
            });
        }
    }

    JsonObject availabilityFrame(String shopId, Availability availability, String language) {
        JsonObjectBuilder frame = CachedJson.createObjectBuilder().add("type", "availability").add("online", availability.canChat());
        if (!availability.canChat()) {
            frame.add("reason", availability.name().toLowerCase(Locale.ROOT));
        }
        if (availability == Availability.CLOSED) {
            opening.describe(frame, shopId, language);
        }
        return frame.build();
    }

    void rememberAvailability(String shopId, Availability availability) {
        lastAvailability.put(shopId, availability);
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
