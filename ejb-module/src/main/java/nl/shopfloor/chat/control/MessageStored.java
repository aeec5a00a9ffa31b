package nl.shopfloor.chat.control;

import nl.shopfloor.chat.entity.ChatMessage;

/** Fired inside the storing transaction; observers that push must observe AFTER_SUCCESS. */
public record MessageStored(ChatMessage message) {
}
