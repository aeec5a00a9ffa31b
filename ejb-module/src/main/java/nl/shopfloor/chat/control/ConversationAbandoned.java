package nl.shopfloor.chat.control;

import nl.shopfloor.chat.entity.Conversation;

/** Nobody answered within the shop's limit: the chat is closed and the shopper gets the contact form with what they wrote. */
public record ConversationAbandoned(Conversation conversation, String shopperText) {
}
