package nl.shopfloor.capacity.control;

import java.io.Serializable;
import java.util.Map;

/** A shop's open chats per agent and its cap at one moment, consistent with each other. */
public record OpenChats(Map<String, Integer> byAgent, int total, Integer cap) implements Serializable {

    public int openOf(String agent) {
        return byAgent.getOrDefault(agent, 0);
    }
}
