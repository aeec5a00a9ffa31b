package nl.shopfloor.invites.control;

import java.util.Set;
import nl.shopfloor.capacity.control.ShopAvailability;
import nl.shopfloor.invites.entity.Presenter;

/**
 * Whether the chat an invite may start can start now (invites I6): the shop below its cap with someone on duty who
 * has room, and for an invite shown by a named agent, that agent.
 */
public record ChatRoom(boolean canStartNow, Set<String> agentsWithRoom) {

    public ChatRoom {
        agentsWithRoom = Set.copyOf(agentsWithRoom);
    }

    public static ChatRoom of(ShopAvailability availability) {
        return new ChatRoom(availability.canChat(), availability.agentsWithRoom());
    }

    boolean allows(CompiledRule rule) {
        return canStartNow && (rule.presenter() != Presenter.AGENT || agentsWithRoom.contains(rule.presenterRef()));
    }
}
