package nl.shopfloor.offline.control;

import java.time.LocalDateTime;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.offline.entity.OpeningHours;

/**
 * A shop's opening hours at one moment, asked once for a whole team: routing and availability check every agent of
 * the shop on each chat start and tick, and one container call per agent cost more than the check itself.
 */
public record HoursNow(OpeningHours hours, LocalDateTime localNow) {

    /** Whether the agent's team (or the shop, for an agent without a team) is open at this moment. */
    public boolean isOpenFor(Agent agent) {
        return hours.isOpen(agent.team() == null ? null : agent.team().id(), localNow);
    }
}
