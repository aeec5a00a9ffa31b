package nl.shopfloor.chat.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.shopfloor.CachedJson;
import nl.shopfloor.agents.entity.Agent;
import nl.shopfloor.chat.entity.ChatMessage;
import nl.shopfloor.chat.entity.Conversation;

/** The JSON the two sockets speak (docs/widget-protocol.md). Texts go out as plain strings, never markup. */
final class ChatJson {

    private ChatJson() {
    }

    static JsonObject error(String code, String message, String clientId) {
        JsonObjectBuilder error = CachedJson.createObjectBuilder().add("type", "error").add("code", code).add("message", message);
        if (clientId != null) {
            error.add("clientId", clientId);
        }
        return error.build();
    }

    static JsonObject ack(ChatMessage message) {
        JsonObjectBuilder ack = CachedJson.createObjectBuilder()
                .add("type", "ack")
                .add("id", message.id())
                .add("seq", message.seq())
                .add("at", message.createdAt().toString())
                .add("conversation", message.conversation().id());
        if (message.clientId() != null) {
            ack.add("clientId", message.clientId());
        }
        return ack.build();
    }

    /** A message as the shopper's widget sees it. */
    static JsonObject forShopper(ChatMessage message) {
        JsonObjectBuilder json = message(message);
        if (message.agent() != null) {
            json.add("agent", agent(message.agent()));
        }
        return json.build();
    }

    /** A message as the agent's dashboard sees it. */
    static JsonObject forAgent(ChatMessage message) {
        return message(message).add("conversation", message.conversation().id()).build();
    }

    private static JsonObjectBuilder message(ChatMessage message) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("type", "message")
                .add("id", message.id())
                .add("seq", message.seq())
                .add("from", message.sender().wireName())
                .add("text", message.text())
                .add("at", message.createdAt().toString());
        if (message.clientId() != null) {
            json.add("clientId", message.clientId());
        }
        return json;
    }

    static JsonObject agent(Agent agent) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("name", agent.displayName());
        json.add("photo", agent.photoUrl() == null ? "" : agent.photoUrl());
        json.add("role", agent.roleText() == null ? "" : agent.roleText());
        return json.build();
    }

    static JsonObject shopperConversation(Conversation conversation, List<ChatMessage> messages) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("id", conversation.id())
                .add("status", conversation.isOpen() ? "open" : "closed")
                .add("messages", messages(messages, ChatJson::forShopper));
        if (conversation.agent() != null) {
            json.add("agent", agent(conversation.agent()));
        } else {
            json.addNull("agent");
        }
        return json.build();
    }

    static JsonObject agentSummary(Conversation conversation, Optional<ChatMessage> last, Map<String, String> texts) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("id", conversation.id())
                .add("status", conversation.isOpen() ? "open" : "closed")
                .add("name", conversation.visitorName())
                .add("email", conversation.visitorEmail() == null ? "" : conversation.visitorEmail())
                .add("topic", conversation.topic())
                .add("topicLabel", texts.getOrDefault("topic." + conversation.topic(), conversation.topic()))
                .add("lang", conversation.language())
                .add("pageUrl", conversation.page().url() == null ? "" : conversation.page().url())
                .add("pageTitle", conversation.page().title() == null ? "" : conversation.page().title())
                .add("startedAt", conversation.startedAt().toString())
                .add("lastSeq", conversation.lastSeq());
        last.ifPresent(message -> json.add("lastText", message.text()).add("lastFrom", message.sender().wireName()));
        if (conversation.routingExplanation() != null) {
            try (JsonReader reader = CachedJson.createReader(new StringReader(conversation.routingExplanation()))) {
                json.add("routing", reader.readObject());
            }
        }
        return json.build();
    }

    /** The shop's chats waiting too long for a first answer, oldest first. */
    static JsonObject waiting(List<Conversation> unanswered) {
        JsonArrayBuilder chats = CachedJson.createArrayBuilder();
        unanswered.forEach(conversation -> chats.add(CachedJson.createObjectBuilder()
                .add("id", conversation.id())
                .add("name", conversation.visitorName())
                .add("topic", conversation.topic())
                .add("agent", conversation.agent() == null ? "" : conversation.agent().username())
                .add("agentName", conversation.agent() == null ? "" : conversation.agent().displayName())
                .add("since", conversation.startedAt().toString())));
        return CachedJson.createObjectBuilder().add("type", "waiting").add("chats", chats).build();
    }

    static JsonObject agentConversation(Conversation conversation, List<ChatMessage> messages, Map<String, String> texts) {
        return CachedJson.createObjectBuilder()
                .add("type", "conversation")
                .add("conversation", agentSummary(conversation, Optional.empty(), texts))
                .add("messages", messages(messages, ChatJson::forAgent))
                .build();
    }

    private static JsonArrayBuilder messages(List<ChatMessage> messages, java.util.function.Function<ChatMessage, JsonObject> view) {
        JsonArrayBuilder array = CachedJson.createArrayBuilder();
        messages.forEach(message -> array.add(view.apply(message)));
        return array;
    }
}
