package nl.shopfloor.routing.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.shopfloor.CachedJson;

/** One candidate's score and its parts: the answer to "why A and not B". */
public record Score(String username, String name, int openChats, int maxChats,
                    double ownAgent, double skills, double workload, double waiting, double performance,
                    double satisfaction, double conversion, Learned learned) {

    /**
     * What the learned parts come from, on the chat's topic: answered chats, ratings and their average, chats that
     * earned an order, and which parts still rest mostly on the benefit of the doubt.
     */
    public record Learned(int chats, int ratings, double averageRating, int converted,
                          boolean learningSpeed, boolean learningSatisfaction, boolean learningConversion) {
    }

    public double total() {
        return ownAgent + skills + workload + waiting + performance + satisfaction + conversion;
    }

    public boolean hasRoom() {
        return openChats < maxChats;
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("agent", username)
                .add("name", name)
                .add("openChats", openChats)
                .add("maxChats", maxChats)
                .add("ownAgent", round(ownAgent))
                .add("skills", round(skills))
                .add("workload", round(workload))
                .add("waiting", round(waiting))
                .add("performance", round(performance))
                .add("satisfaction", round(satisfaction))
                .add("conversion", round(conversion))
                .add("total", round(total()))
                .add("chats", learned.chats())
                .add("ratings", learned.ratings());
        if (learned.ratings() > 0) {
            json.add("rating", round(learned.averageRating()));
        }
        if (learned.chats() > 0) {
            json.add("conversionShare", Math.round(1000.0 * Math.min(learned.converted(), learned.chats()) / learned.chats()) / 1000.0);
        }
        // Only the parts still learning are named: the explanation is stored with every chat.
        if (learned.learningSpeed()) {
            json.add("learningSpeed", true);
        }
        if (learned.learningSatisfaction()) {
            json.add("learningSatisfaction", true);
        }
        if (learned.learningConversion()) {
            json.add("learningConversion", true);
        }
        return json.build();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
