package nl.shopfloor.kpi.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.kpi.entity.FirstResponses;
import nl.shopfloor.kpi.entity.WallSnapshot;

/** The wall snapshot as the wall page reads it; times are ISO instants, durations milliseconds. */
final class WallJson {

    private WallJson() {
    }

    static JsonObject of(WallSnapshot snapshot) {
        JsonArrayBuilder waiting = CachedJson.createArrayBuilder();
        snapshot.waiting().forEach(chat -> waiting.add(CachedJson.createObjectBuilder()
                .add("id", chat.conversationId())
                .add("shopper", chat.shopper())
                .add("agent", chat.agent())
                .add("since", chat.since().toString())));
        JsonArrayBuilder agents = CachedJson.createArrayBuilder();
        snapshot.agents().forEach(agent -> agents.add(CachedJson.createObjectBuilder()
                .add("username", agent.username())
                .add("name", agent.name())
                .add("status", agent.status().name().toLowerCase(Locale.ROOT))
                .add("openChats", agent.openChats())
                .add("maxChats", agent.maxChats())));
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("shop", snapshot.shopId())
                .add("at", snapshot.at().toString())
                .add("waiting", waiting)
                .add("agents", agents)
                .add("today", today(snapshot.today()))
                .add("openChats", snapshot.openChats());
        return (snapshot.cap() == null ? json.addNull("cap") : json.add("cap", snapshot.cap())).build();
    }

    private static JsonObject today(FirstResponses today) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("started", today.started())
                .add("answered", today.answered())
                .add("targetSeconds", today.target().toSeconds())
                .add("withinTarget", today.withinTarget())
                .add("counted", today.counted());
        if (today.median() == null) {
            json.addNull("medianMillis");
        } else {
            json.add("medianMillis", today.median().toMillis());
        }
        if (today.withinTargetShare() == null) {
            json.addNull("withinTargetShare");
        } else {
            json.add("withinTargetShare", today.withinTargetShare());
        }
        return json.build();
    }
}
