package nl.shopfloor.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.chat.boundary.ShopperContextJson;
import nl.shopfloor.chat.entity.ShopperContext;
import nl.shopfloor.chat.entity.Visitor;
import nl.shopfloor.commerce.boundary.CommerceJson;
import nl.shopfloor.commerce.boundary.ShopApi;
import nl.shopfloor.commerce.boundary.ShopApiGuard;
import nl.shopfloor.privacy.control.ShopperData;
import nl.shopfloor.privacy.control.Shoppers;
import nl.shopfloor.privacy.control.Subject;

/**
 * {@code /api/v1/privacy}: everything about one shopper, exported or erased (privacy P1–P3). The shopper is named in
 * the body — {@code {"email": …}}, {@code {"customer": …}} or {@code {"visitor": …}} — never in the URL, so no address
 * ends up in access logs. Both need a write key: an export is personal data too.
 */
@ShopApi
@Path("v1/privacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyApi {

    private static final String EXAMPLE = "{\"email\": \"an@example.com\"} or {\"customer\": \"C-1001\"} or {\"visitor\": \"<visitor id>\"}";

    @Inject
    Shoppers shoppers;
    @Context
    HttpServletRequest request;

    @POST
    @Path("export")
    public JsonObject export(JsonObject body) {
        ShopperData data = shoppers.export(shop(), subject(body), actor());
        JsonObjectBuilder json = CachedJson.createObjectBuilder();
        json.add("visitors", list(data.visitors(), PrivacyApi::visitor));
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
        return json.build();
    }

    /** Deletes everything about the shopper; their orders stay, without the link to them. The answer says what was found. */
    @POST
    @Path("erase")
    public JsonObject erase(JsonObject body) {
        return CachedJson.createObjectBuilder().add("erased", shoppers.erase(shop(), subject(body), actor())).build();
    }

    private static Subject subject(JsonObject body) {
        JsonBody.required(body, EXAMPLE);
        Subject subject = null;
        for (Subject.Kind kind : Subject.Kind.values()) {
            String field = kind.name().toLowerCase(Locale.ROOT);
            if (body.get(field) != null && body.get(field) != JsonValue.NULL) {
                if (subject != null) {
                    throw JsonBody.badRequest("Name the shopper one way: " + EXAMPLE);
                }
                String value = JsonBody.text(body, field, kind == Subject.Kind.EMAIL ? 254 : 64).strip();
                if (value.isEmpty()) {
                    throw JsonBody.badRequest("'" + field + "' may not be empty");
                }
                subject = new Subject(kind, value);
            }
        }
        if (subject == null) {
            throw JsonBody.badRequest("Name the shopper: " + EXAMPLE);
        }
        return subject;
    }

    private static JsonObject visitor(Visitor v) {
        JsonObjectBuilder visitor = CachedJson.createObjectBuilder().add("id", v.id());
        text(visitor, "name", v.name());
        text(visitor, "email", v.email());
        text(visitor, "language", v.language());
        text(visitor, "customer", v.customerRef());
        return visitor.build();
    }

    private static <T> JsonArrayBuilder list(java.util.List<T> items, Function<T, JsonObject> json) {
        JsonArrayBuilder array = CachedJson.createArrayBuilder();
        (items == null ? java.util.List.<T>of() : items).forEach(item -> array.add(json.apply(item)));
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

    private String shop() {
        return ShopApiGuard.callerOf(request).shopId();
    }

    private String actor() {
        return "API key " + ShopApiGuard.callerOf(request).keyId();
    }
}
