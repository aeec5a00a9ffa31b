package nl.shopfloor.agents.control;

import nl.shopfloor.agents.entity.AgentStatus;

/** An agent's effective presence changed: chosen status, or a dashboard opened or closed. */
public record PresenceChanged(String shopId, String username, AgentStatus effectiveStatus) {
}
