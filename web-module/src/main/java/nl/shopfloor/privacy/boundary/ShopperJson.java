package nl.shopfloor.privacy.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.shopfloor.CachedJson;
import nl.shopfloor.chat.boundary.ShopperContextJson;
import nl.shopfloor.chat.entity.ShopperContext;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.commerce.boundary.CommerceJson;
import nl.shopfloor.privacy.control.ShopperData;

/** An export as JSON (P1): the same document from the shop API and from the dashboard's privacy page. */
public final class ShopperJson {

    private ShopperJson() {
    }

    public static JsonObject of(ShopperData data) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder();
        json.add("visitors", list(data.visitors(), ShopperJson::visitor));
        json.add("conversations", list(data.conversations(), c -> {
            JsonObjectBuilder conversation = CachedJson.createObjectBuilder().add("id", c.id()).add("topic", c.topic())
                    .add("language", c.language()).add("name", c.visitorName()).add("startedAt", c.startedAt().toString());
            text(conversation, "email", c.visitorEmail());
            at(conversation, "closedAt", c.closedAt());
            text(conversation, "agent", c.agentUsername());
            text(conversation, "pageUrl", c.page().url());
            ShopperContext context = data.shopperContexts().get(c.id());
            if (context != null) {
                conversation.add("shopperContext", ShopperContextJson.of(context));
            }
            return conversation.add("messages", list(data.messages().get(c.id()), m -> CachedJson.createObjectBuilder().add("seq", m.seq())
                    .add("from", m.sender().name().toLowerCase(Locale.ROOT)).add("text", m.text()).add("at", m.createdAt().toString()).build()))
                    .build();
        }));
        json.add("surveys", list(data.surveys(), s -> {
            JsonObjectBuilder survey = CachedJson.createObjectBuilder().add("conversation", s.conversationId()).add("rating", s.rating())
                    .add("answeredAt", s.answeredAt().toString());
            text(survey, "comment", s.comment());
            return survey.build();
        }));
        json.add("contactMessages", list(data.contactMessages(), m -> {
            JsonObjectBuilder message = CachedJson.createObjectBuilder().add("id", m.id()).add("kind", m.kind().name().toLowerCase(Locale.ROOT))
                    .add("name", m.name()).add("topic", m.topic()).add("text", m.text()).add("createdAt", m.createdAt().toString());
            text(message, "email", m.email());
            text(message, "phone", m.phone());
            return message.build();
        }));
        json.add("customers", list(data.customers(), c -> CommerceJson.toJson(c.data())));
        json.add("orders", list(data.orders(), o -> CommerceJson.toJson(o.data())));
        json.add("invites", list(data.invites(), e -> {
            JsonObjectBuilder invite = CachedJson.createObjectBuilder().add("id", e.id()).add("rule", e.ruleId())
                    .add("offeredAt", e.offeredAt().toString());
            if (e.isControlGroup()) {
                invite.add("controlGroup", true);
            } else {
                invite.add("variant", e.variantRef());
            }
            text(invite, "session", e.sessionId());
            at(invite, "shownAt", e.shownAt());
            at(invite, "clickedAt", e.clickedAt());
            at(invite, "dismissedAt", e.dismissedAt());
            text(invite, "conversation", e.conversationId());
            return invite.build();
        }));
        return json.build();
    }

    private static JsonObject visitor(Visitor v) {
        JsonObjectBuilder visitor = CachedJson.createObjectBuilder().add("id", v.id());
        text(visitor, "name", v.name());
        text(visitor, "email", v.email());
        text(visitor, "language", v.language());
        text(visitor, "customer", v.customerRef());
        return visitor.build();
    }

    private static <T> JsonArrayBuilder list(List<T> items, Function<T, JsonObject> json) {
        JsonArrayBuilder array = CachedJson.createArrayBuilder();
        (items == null ? List.<T>of() : items).forEach(item -> array.add(json.apply(item)));
        return array;
    }

    private static void text(JsonObjectBuilder json, String field, String value) {
        if (value != null) {
            json.add(field, value);
        }
    }

    private static void at(JsonObjectBuilder json, String field, Instant value) {
        if (value != null) {
            json.add(field, value.toString());
        }
    }
}
