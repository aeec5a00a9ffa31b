package nl.shopfloor.chat.control;

import java.util.List;
import java.util.Optional;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.capacity.control.ShopAvailability;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;

/**
 * What a widget needs when it says hello: who the visitor is (a newcomer is stored only when they start a chat),
 * what the shop can offer now, their own agent, and their conversation with what came after the last message the
 * widget has.
 */
public record Arrival(String visitorId, ShopAvailability availability, Optional<Agent> ownAgent,
                      Optional<Conversation> conversation, List<ChatMessage> messages) {

    public boolean ownAgentAvailable() {
        return ownAgent.map(agent -> availability.isAvailable(agent.username())).orElse(false);
    }
}
