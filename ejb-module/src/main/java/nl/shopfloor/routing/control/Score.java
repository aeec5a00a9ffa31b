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
    public record Learned(String topic, int chats, int ratings, double averageRating, int converted,
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
                .add("topic", learned.topic())
                .add("chats", learned.chats())
                .add("ratings", learned.ratings())
                .add("converted", learned.converted())
                .add("learningSpeed", learned.learningSpeed())
                .add("learningSatisfaction", learned.learningSatisfaction())
                .add("learningConversion", learned.learningConversion());
        if (learned.ratings() > 0) {
            json.add("rating", round(learned.averageRating()));
        }
        if (learned.chats() > 0) {
            json.add("conversionShare", Math.round(1000.0 * Math.min(learned.converted(), learned.chats()) / learned.chats()) / 1000.0);
        }
        return json.build();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
