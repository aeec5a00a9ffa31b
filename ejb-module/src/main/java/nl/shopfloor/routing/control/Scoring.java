package nl.shopfloor.routing.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.agents.entity.SkillKind;
import nl.shopfloor.routing.entity.Performance;

/**
 * The routing score of one agent for one chat, in parts that add up. The weights put the shopper's own
 * agent first, then someone who knows the subject, then spread the work; speed learned per topic nudges,
 * and agents with little history get the benefit of the doubt so that new colleagues still get chats.
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

    private Scoring() {
    }

    static Score score(Agent agent, int openChats, RoutingRequest request, Instant now,
                       Map<String, Performance> performance, long typicalResponseMs) {
        double own = agent.username().equals(request.ownAgent()) ? OWN_AGENT : 0;
        double skills = skills(agent, request);
        double workload = FULL_LOAD * openChats / Math.max(1, agent.maxChats());
        double waiting = waiting(agent.lastAssignedAt(), now);
        double speed = performance(performance.get(Performance.key(agent.username(), request.topic())), typicalResponseMs);
        return new Score(agent.username(), agent.displayName(), openChats, agent.maxChats(), own, skills, workload, waiting, speed);
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
}
