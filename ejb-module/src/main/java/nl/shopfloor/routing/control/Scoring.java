package nl.shopfloor.routing.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.SkillKind;
import nl.shopfloor.routing.entity.Performance;

/**
 * The routing score of one agent for one chat, in parts that add up. The weights put the shopper's own
 * agent first, then someone who knows the subject, then spread the work; speed, satisfaction and conversion learned
 * per topic nudge, and agents with little history get the benefit of the doubt so that new colleagues still get chats.
 * The learned parts stay within ±20 (speed ±10, satisfaction and conversion ±5 each), less than a topic (30) or brand
 * (25) skill: learning mostly reorders people who know the subject equally well; only the best record at all three
 * against the worst outweighs a skill.
 */
final class Scoring {

    static final double OWN_AGENT = 100;
    static final double TOPIC = 30;
    static final double BRAND = 25;
    static final double LANGUAGE = 15;
    static final double WRONG_LANGUAGE = -40;
    static final double FULL_LOAD = -40;
    static final double MAX_WAITING = 10;
    static final Duration WAITING_FOR_FULL_BONUS = Duration.ofHours(1);
    static final double MAX_PERFORMANCE = 10;
    /** Below this many answered chats on a topic, an agent is still being explored. */
    static final int EXPLORE_BELOW = 5;
    static final double EXPLORATION = 5;
    static final double MAX_SATISFACTION = 5;
    static final double MAX_CONVERSION = 5;
    /** An estimated rating this many stars above the shop's on the topic earns the full satisfaction part. */
    static final double STARS_FOR_FULL = 0.5;
    /**
     * The shop's own figure on the topic counts as this many ratings, or answered chats, of every agent: an agent's
     * estimate moves from the shop's towards their own as their own pile up (a Bayesian average). Conversion needs
     * more, since one order in a handful of chats says little.
     */
    static final int PRIOR_RATINGS = 5;
    static final int PRIOR_CHATS = 20;

    private Scoring() {
    }

    static Score score(Agent agent, int openChats, RoutingRequest request, Instant now,
                       Map<String, Performance> performance, Norms norms) {
        double own = agent.username().equals(request.ownAgent()) ? OWN_AGENT : 0;
        double skills = skills(agent, request);
        double workload = FULL_LOAD * openChats / Math.max(1, agent.maxChats());
        double waiting = waiting(agent.lastAssignedAt(), now);
        Performance learned = performance.get(Performance.key(agent.username(), request.topic()));
        return new Score(agent.username(), agent.displayName(), openChats, agent.maxChats(), own, skills, workload, waiting,
                performance(learned, norms.responseMs()), satisfaction(learned, norms), conversion(learned, norms),
                learned(learned));
    }

    static double skills(Agent agent, RoutingRequest request) {
        double score = agent.has(SkillKind.TOPIC, request.topic()) ? TOPIC : 0;
        if (agent.knowsBrandIn(request.pageText())) {
            score += BRAND;
        }
        if (agent.hasAny(SkillKind.LANGUAGE)) {
            score += agent.has(SkillKind.LANGUAGE, request.language()) ? LANGUAGE : WRONG_LANGUAGE;
        }
        return score;
    }

    static double waiting(Instant lastAssigned, Instant now) {
        if (lastAssigned == null) {
            return MAX_WAITING;
        }
        double share = (double) Duration.between(lastAssigned, now).toMillis() / WAITING_FOR_FULL_BONUS.toMillis();
        return MAX_WAITING * Math.max(0, Math.min(1, share));
    }

    /** Faster than is typical for the shop earns up to +10, slower down to -10; few samples earn +5. */
    static double performance(Performance learned, long typicalResponseMs) {
        if (learned == null || learned.responses() < EXPLORE_BELOW || typicalResponseMs <= 0) {
            return EXPLORATION;
        }
        double relative = (double) (typicalResponseMs - learned.averageResponseMs()) / typicalResponseMs;
        return MAX_PERFORMANCE * Math.max(-1, Math.min(1, relative));
    }

    /**
     * The agent's average rating shrunk towards the shop's, against the shop's: half a star better earns up to +5, half
     * a star worse down to -5 (agents of one shop seldom differ by more). On top, a benefit of the doubt of up to +1.25
     * that fades as ratings come in: a newcomer starts just above an average colleague, below a proven good one.
     */
    static double satisfaction(Performance learned, Norms norms) {
        int ratings = learned == null ? 0 : learned.ratings();
        if (Double.isNaN(norms.rating())) {
            return learnedPart(MAX_SATISFACTION, 0, ratings, PRIOR_RATINGS);
        }
        double stars = learned == null ? 0 : learned.ratingTotal();
        double estimate = (stars + PRIOR_RATINGS * norms.rating()) / (ratings + PRIOR_RATINGS);
        return learnedPart(MAX_SATISFACTION, (estimate - norms.rating()) / STARS_FOR_FULL, ratings, PRIOR_RATINGS);
    }

    /**
     * The agent's share of answered chats that earned an order, shrunk towards the shop's, relative to the shop's:
     * twice the shop's share earns +5, none at all down to -5; the same fading benefit of the doubt.
     */
    static double conversion(Performance learned, Norms norms) {
        int chats = learned == null ? 0 : learned.responses();
        if (norms.conversion() <= 0) {
            return learnedPart(MAX_CONVERSION, 0, chats, PRIOR_CHATS);
        }
        // A chat handed over before its first answer may be credited to an agent who did not answer it.
        int converted = learned == null ? 0 : Math.min(learned.converted(), chats);
        double estimate = (converted + PRIOR_CHATS * norms.conversion()) / (chats + PRIOR_CHATS);
        return learnedPart(MAX_CONVERSION, (estimate - norms.conversion()) / norms.conversion(), chats, PRIOR_CHATS);
    }

    private static double learnedPart(double max, double relative, int samples, int prior) {
        double doubt = max / 4 * prior / (samples + prior);
        return Math.max(-max, Math.min(max, max * Math.max(-1, Math.min(1, relative)) + doubt));
    }

    private static Score.Learned learned(Performance learned) {
        if (learned == null) {
            return new Score.Learned(0, 0, 0, 0, true, true, true);
        }
        double average = learned.ratings() == 0 ? 0 : (double) learned.ratingTotal() / learned.ratings();
        return new Score.Learned(learned.responses(), learned.ratings(), average, learned.converted(),
                learned.responses() < EXPLORE_BELOW, learned.ratings() < PRIOR_RATINGS, learned.responses() < PRIOR_CHATS);
    }
}
