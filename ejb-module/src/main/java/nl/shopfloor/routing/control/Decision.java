package nl.shopfloor.routing.control;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.entity.Agent;

/** The candidates for a chat on a topic, best first, with the scores that ordered them. */
public record Decision(String topic, List<Score> scores, List<Agent> ranked) {

    /** What the dashboard shows under "why this agent": who was chosen, and every candidate's score. */
    public String explain(String chosen) {
        JsonArrayBuilder candidates = CachedJson.createArrayBuilder();
        scores.stream().limit(8).forEach(score -> candidates.add(score.toJson()));
        return CachedJson.createObjectBuilder()
                .add("chosen", chosen)
                .add("topic", topic) // what the learned parts were learned on
                .add("candidates", candidates)
                .build()
                .toString();
    }
}
