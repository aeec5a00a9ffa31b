package nl.shopfloor.chat.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.AvailabilityChanged;
import nl.shopfloor.capacity.control.ShopAvailability;

/**
 * Shows a changed availability wherever it is seen: the shop's widgets (only when what they show differs),
 * team pages, personal buttons and the colleague lists of the dashboards. Runs on the availability owner's
 * tick, never on a business thread; every send is queued ({@link Outgoing}), so a slow socket delays nobody.
 */
@ApplicationScoped
public class AvailabilityPushes {

    private final Map<String, String> lastColleagues = new ConcurrentHashMap<>();

    @Inject
    ShopperSessions shoppers;
    @Inject
    AgentSessions dashboards;
    @Inject
    ShopOpening opening;

    void availabilityChanged(@Observes AvailabilityChanged event) {
        ShopAvailability now = event.current();
        if (!now.looksTheSameTo(event.previous())) {
            toWidgets(now);
        }
        if (shoppers.hasTeamWatchers(now.shopId())) {
            shoppers.team(now.shopId(), TeamJson.team(event.agents(), agent -> now.isAvailable(agent.username())));
        }
        toPersonalButtons(now, event.agents());
        toDashboards(now, event.agents());
    }

    private void toWidgets(ShopAvailability now) {
        Map<String, String> frames = new HashMap<>();
        for (Widget widget : shoppers.of(now.shopId())) {
            Sockets.send(widget.session, frames.computeIfAbsent(widget.language(), lang -> opening.frame(now, lang).toString()));
        }
    }

    private void toPersonalButtons(ShopAvailability now, List<Agent> team) {
        Map<String, JsonObject> frames = new HashMap<>();
        for (Widget widget : shoppers.of(now.shopId())) {
            String own = widget.ownAgent();
            if (own == null) {
                continue;
            }
            JsonObject frame = frames.computeIfAbsent(own, username -> team.stream()
                    .filter(agent -> agent.username().equals(username)).findFirst()
                    .map(agent -> ownAgent(agent, now.isAvailable(username))).orElse(null));
            if (frame != null) {
                widget.showOwnAgent(frame);
            }
        }
    }

    static JsonObject ownAgent(Agent agent, boolean available) {
        return CachedJson.createObjectBuilder().add("type", "ownAgent").add("agent", TeamJson.member(agent, available)).build();
    }

    private void toDashboards(ShopAvailability now, List<Agent> team) {
        String colleagues = TeamJson.colleagues(team, agent -> now.hasRoom(agent.username())).toString();
        if (!colleagues.equals(lastColleagues.put(now.shopId(), colleagues))) {
            team.forEach(agent -> dashboards.toAgentHere(agent.username(), colleagues));
        }
    }
}
