package nl.shopfloor.routing.control;

import java.util.Collection;
import java.util.List;
import nl.shopfloor.routing.entity.Performance;

/**
 * What is typical for the shop on one topic, against which each agent's learned figures are weighed: the middle
 * answer time of the agents known well enough, the average rating over all ratings ({@code NaN} when there are none)
 * and the share of answered chats that earned an order.
 */
record Norms(long responseMs, double rating, double conversion) {

    static Norms of(Collection<Performance> learned) {
        long ratings = 0;
        long stars = 0;
        long chats = 0;
        long converted = 0;
        for (Performance performance : learned) {
            ratings += performance.ratings();
            stars += performance.ratingTotal();
            chats += performance.responses();
            converted += Math.min(performance.converted(), performance.responses());
        }
        return new Norms(typicalResponseMs(learned), ratings == 0 ? Double.NaN : (double) stars / ratings,
                chats == 0 ? 0 : (double) converted / chats);
    }

    static long typicalResponseMs(Collection<Performance> learned) {
        List<Long> averages = learned.stream()
                .filter(p -> p.responses() >= Scoring.EXPLORE_BELOW)
                .map(Performance::averageResponseMs)
                .sorted()
                .toList();
        return averages.isEmpty() ? 0 : averages.get(averages.size() / 2);
    }
}
