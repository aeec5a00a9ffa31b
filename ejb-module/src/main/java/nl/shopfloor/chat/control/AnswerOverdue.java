package nl.shopfloor.chat.control;

/**
 * A chat has waited too long for its first answer and the shopper was just told so: from now on it is on every
 * colleague's waiting list. Fired once per chat, by the follow-up that decides this under the chat's lock.
 */
public record AnswerOverdue(String shopId, String conversationId, String agentUsername) {
}
