package nl.shopfloor.routing.control;

import nl.shopfloor.routing.entity.Performance;

/** One agent on one question type: what routing learns about. */
public record AgentTopic(String agent, String topic) {

    String key() {
        return Performance.key(agent, topic);
    }
}
