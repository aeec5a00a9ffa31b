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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.shopfloor.grid.DataGrid;

/**
 * The shoppers' open widgets: by shop (those that said hello; availability, personal buttons), by visitor
 * (their conversation, in every tab) and the shop's team pages. In a cluster a frame for a visitor also goes to the
 * other instances, which may hold that visitor's other tabs (G3); availability is computed by every instance for its own.
 */
@ApplicationScoped
public class ShopperSessions {

    /** A widget's browser answers pings by itself; a phone that lost its network is gone within two minutes. */
    static final Duration PING_EVERY = Duration.ofSeconds(30);
    static final Duration DEAD_AFTER = Duration.ofSeconds(95);

    private final Heartbeat heartbeat = new Heartbeat(PING_EVERY, DEAD_AFTER);

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    DataGrid grid;

    /** Every shopper socket, from its opening, whether it said hello or not. */
    void opened(Session session) {
        heartbeat.opened(session);
        heartbeat.start(scheduler);
    }

    void heard(Session session) {
        heartbeat.heard(session);
    }

    @PreDestroy
    void stopHeartbeat() {
        heartbeat.stop();
    }

    private final Map<String, Set<Widget>> byShop = new ConcurrentHashMap<>();
    private final Map<String, Set<Session>> byVisitor = new ConcurrentHashMap<>();
    private final Map<String, Set<Widget>> teamWatchers = new ConcurrentHashMap<>();
    private final Map<String, String> lastTeam = new ConcurrentHashMap<>();

    /** Before the widget reads the shop's availability, so no change after that read can pass it by. */
    void arrived(String shopId, Widget widget) {
        byShop.computeIfAbsent(shopId, id -> ConcurrentHashMap.newKeySet()).add(widget);
    }

    void identified(String visitorId, Session session) {
        byVisitor.computeIfAbsent(visitorId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void left(String shopId, String visitorId, Widget widget) {
        heartbeat.closed(widget.session);
        remove(byShop, shopId, widget);
        remove(byVisitor, visitorId, widget.session);
        remove(teamWatchers, shopId, widget);
    }

    void forgetVisitor(String visitorId, Session session) {
        remove(byVisitor, visitorId, session);
    }

    void watchTeam(String shopId, Widget widget) {
        teamWatchers.computeIfAbsent(shopId, id -> ConcurrentHashMap.newKeySet()).add(widget);
    }

    boolean hasTeamWatchers(String shopId) {
        return !teamWatchers.getOrDefault(shopId, Set.of()).isEmpty();
    }

    /** Pushes the team list to the shop's team pages, only when it changed. */
    void team(String shopId, JsonObject team) {
        String text = team.toString();
        if (!text.equals(lastTeam.put(shopId, text))) {
            teamWatchers.getOrDefault(shopId, Set.of()).forEach(widget -> Sockets.send(widget.session, text));
        }
    }

    Set<Widget> of(String shopId) {
        return byShop.getOrDefault(shopId, Set.of());
    }

    /** To the visitor's widgets wherever they are open (G3). */
    void toVisitor(String visitorId, JsonObject frame) {
        if (grid.isClustered()) {
            String text = frame.toString();
            toVisitorHere(visitorId, text);
            grid.tellOthers(new FrameForVisitor(visitorId, text));
        } else if (byVisitor.containsKey(visitorId)) {
            toVisitorHere(visitorId, frame.toString());
        }
    }

    private void toVisitorHere(String visitorId, String text) {
        byVisitor.getOrDefault(visitorId, Set.of()).forEach(session -> Sockets.send(session, text));
    }

    /** From another instance, on the grid's one delivery thread: only queues sends. */
    void fromOtherInstance(@Observes FrameForVisitor notice) {
        toVisitorHere(notice.visitorId(), notice.frame());
    }

    private static <T> void remove(Map<String, Set<T>> index, String key, T member) {
        if (key != null) {
            index.computeIfPresent(key, (k, members) -> {
                members.remove(member);
                return members.isEmpty() ? null : members;
            });
        }
    }
}
