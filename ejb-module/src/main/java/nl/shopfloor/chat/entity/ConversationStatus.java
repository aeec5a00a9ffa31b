package nl.shopfloor.chat.entity;

public enum ConversationStatus {
    OPEN, CLOSED
}
