package nl.shopfloor.chat.control;

import java.util.List;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;

/** {@code opened}: the conversation began now; false when a chat that waited for its chosen agent is handed to them. */
public record ConversationStarted(Conversation conversation, List<ChatMessage> messages, boolean opened) {
}
