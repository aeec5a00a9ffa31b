package nl.shopfloor.chat.entity;

import java.time.Instant;

/** An earlier chat of the same shopper, as the customer panel lists it; {@code agentName} null when nobody took it. */
public record PastConversation(Instant startedAt, String topic, String agentName, ConversationStatus status, int messages) {

    /** From {@code Conversation.findEarlierOfVisitors}. */
    public static PastConversation of(Object[] row) {
        return new PastConversation((Instant) row[0], (String) row[1], (String) row[2], (ConversationStatus) row[3],
                ((Number) row[4]).intValue());
    }
}
