package nl.shopfloor.routing.control;

import jakarta.json.JsonObject;
import nl.shopfloor.CachedJson;

/** One candidate's score and its parts: the answer to "why A and not B". */
public record Score(String username, String name, int openChats, int maxChats,
                    double ownAgent, double skills, double workload, double waiting, double performance) {

    public double total() {
        return ownAgent + skills + workload + waiting + performance;
    }

    public boolean hasRoom() {
        return openChats < maxChats;
    }

    public JsonObject toJson() {
        return CachedJson.createObjectBuilder()
                .add("agent", username)
                .add("name", name)
                .add("openChats", openChats)
                .add("maxChats", maxChats)
                .add("ownAgent", round(ownAgent))
                .add("skills", round(skills))
                .add("workload", round(workload))
                .add("waiting", round(waiting))
                .add("performance", round(performance))
                .add("total", round(total()))
                .build();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
