package nl.shopfloor.webhooks.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Locale;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;
import nl.shopfloor.chat.entity.Survey;
import nl.shopfloor.offline.entity.ContactMessage;
import nl.shopfloor.webhooks.entity.EventType;

/**
 * What a delivery's body says (W6): {@code {id, apiVersion, type, createdAt, shop, data}}. Agents appear by their
 * public id, never their user name (a log-in name does not leave Shopfloor); absent values are left out.
 */
final class Payloads {

    static final String API_VERSION = "v1";

    private Payloads() {
    }

    static String envelope(String eventId, EventType type, String shopId, Instant at, JsonObject data) {
        return CachedJson.createObjectBuilder().add("id", eventId).add("apiVersion", API_VERSION).add("type", type.wireName())
                .add("createdAt", at.toString()).add("shop", shopId).add("data", data).build().toString();
    }

    static JsonObject conversation(Conversation conversation) {
        JsonObjectBuilder data = chatOf(conversation)
                .add("status", conversation.status().name().toLowerCase(Locale.ROOT))
                .add("startedAt", conversation.startedAt().toString());
        optional(data, "language", conversation.language());
        optional(data, "topic", conversation.topic());
        optional(data, "visitorName", conversation.visitorName());
        optional(data, "visitorEmail", conversation.visitorEmail());
        optional(data, "pageUrl", conversation.page() == null ? null : conversation.page().url());
        if (conversation.closedAt() != null) {
            data.add("closedAt", conversation.closedAt().toString());
        }
        return data.build();
    }

    static JsonObject closed(Conversation conversation, String closedBy) {
        return CachedJson.createObjectBuilder(conversation(conversation)).add("closedBy", closedBy).build();
    }

    static JsonObject message(ChatMessage message) {
        JsonObjectBuilder text = CachedJson.createObjectBuilder().add("id", message.id()).add("seq", message.seq())
                .add("sender", message.sender().name().toLowerCase(Locale.ROOT)).add("text", message.text())
                .add("createdAt", message.createdAt().toString());
        optional(text, "agent", publicIdOf(message.agent()));
        return chatOf(message.conversation()).add("message", text).build();
    }

    static JsonObject survey(Conversation conversation, Survey survey) {
        JsonObjectBuilder data = chatOf(conversation).add("rating", survey.rating()).add("answeredAt", survey.answeredAt().toString());
        optional(data, "comment", survey.comment());
        return data.build();
    }

    /** {@code agent}: the public id of the colleague the shopper left it for, or null. */
    static JsonObject contactMessage(ContactMessage message, String agent) {
        JsonObjectBuilder data = CachedJson.createObjectBuilder().add("id", message.id()).add("topic", message.topic())
                .add("text", message.text()).add("createdAt", message.createdAt().toString());
        optional(data, "visitorId", message.visitorId());
        optional(data, "language", message.language());
        optional(data, "name", message.name());
        optional(data, "email", message.email());
        optional(data, "pageUrl", message.pageUrl());
        optional(data, "agent", agent);
        if (message.isCallback()) {
            optional(data, "phone", message.phone());
            optional(data, "window", message.callbackWindow() == null ? null : message.callbackWindow().key());
            optional(data, "day", message.callbackDay() == null ? null : message.callbackDay().toString());
        }
        return data.build();
    }

    static JsonObject verification(String challenge) {
        return CachedJson.createObjectBuilder().add("challenge", challenge).build();
    }

    static JsonObject test(String requestedBy) {
        return CachedJson.createObjectBuilder().add("note", "A test event, sent on request from the Shopfloor dashboard")
                .add("requestedBy", requestedBy).build();
    }

    private static JsonObjectBuilder chatOf(Conversation conversation) {
        JsonObjectBuilder chat = CachedJson.createObjectBuilder().add("conversationId", conversation.id())
                .add("visitorId", conversation.visitorId());
        optional(chat, "customerId", conversation.visitor().customerRef());
        optional(chat, "agent", publicIdOf(conversation.agent()));
        return chat;
    }

    private static String publicIdOf(Agent agent) {
        return agent == null ? null : agent.publicId();
    }

    private static void optional(JsonObjectBuilder builder, String name, String value) {
        if (value != null && !value.isBlank()) {
            builder.add(name, value);
        }
    }
}
