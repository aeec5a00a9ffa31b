package nl.shopfloor.chat.control;

import java.util.List;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;

public record ConversationStarted(Conversation conversation, List<ChatMessage> messages) {
}
