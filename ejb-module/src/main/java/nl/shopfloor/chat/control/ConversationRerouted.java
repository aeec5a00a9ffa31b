package nl.shopfloor.chat.control;

import nl.shopfloor.chat.entity.Conversation;

/** The chat moved to another agent: nobody answered in time, or a colleague took it over. */
public record ConversationRerouted(Conversation conversation, String fromAgent) {
}
