package nl.shopfloor.invites.control;

import java.util.Set;
import nl.shopfloor.capacity.control.ShopAvailability;

/**
 * Whether the chat an invite may start can start now (invites I6): the shop below its cap with someone on duty who
 * has room; for an invite shown by a named agent, that agent; for one shown by a team, someone of that team. The free
 * slots (the room of the agents on duty within the shop's cap) are what the throttle fills (I9).
 */
public record ChatRoom(boolean canStartNow, Set<String> agentsWithRoom, Set<String> teamsWithRoom, int freeSlots) {

    public ChatRoom {
        agentsWithRoom = Set.copyOf(agentsWithRoom);
        teamsWithRoom = Set.copyOf(teamsWithRoom);
    }

    public static ChatRoom of(ShopAvailability availability) {
        return new ChatRoom(availability.canChat(), availability.agentsWithRoom(), availability.teamsWithRoom(),
                availability.freeSlots());
    }

    boolean allows(CompiledRule rule) {
        if (!canStartNow) {
            return false;
        }
        return switch (rule.presenter()) {
            case AGENT -> agentsWithRoom.contains(rule.presenterRef());
            case TEAM -> teamsWithRoom.contains(rule.presenterRef());
            case ROUTED -> true;
        };
    }
}
