package nl.shopfloor.chat.control;

import jakarta.ejb.ApplicationException;
import nl.shopfloor.agents.entity.Agent;

/** The person the shopper asked for cannot chat now; the shopper chooses: wait, a colleague, or a message. */
@ApplicationException(rollback = true)
public class AgentUnavailable extends RuntimeException {

    private final transient Agent agent;

    public AgentUnavailable(Agent agent) {
        super(agent.displayName() + " cannot chat now");
        this.agent = agent;
    }

    public Agent agent() {
        return agent;
    }
}
