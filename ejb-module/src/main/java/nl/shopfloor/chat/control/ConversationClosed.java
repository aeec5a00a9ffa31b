package nl.shopfloor.chat.control;

import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Sender;

public record ConversationClosed(Conversation conversation, Sender by) {
}
