package nl.shopfloor.webhooks.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a delivery is about, by its name on the wire. The first six are what a shop subscribes to; verification and
 * test go to one subscription on the admin's request and carry no shopper's text.
 */
public enum EventType {
    CONVERSATION_STARTED("conversation.started"),
    CONVERSATION_CLOSED("conversation.closed"),
    MESSAGE_CREATED("message.created"),
    CONTACT_MESSAGE_CREATED("contact_message.created"),
    CALLBACK_REQUESTED("callback.requested"),
    SURVEY_ANSWERED("survey.answered"),
    VERIFICATION("webhook.verification"),
    TEST("webhook.test");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isSubscribable() {
        return this != VERIFICATION && this != TEST;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    public static EventType[] subscribable() {
        return Arrays.stream(values()).filter(EventType::isSubscribable).toArray(EventType[]::new);
    }
}
