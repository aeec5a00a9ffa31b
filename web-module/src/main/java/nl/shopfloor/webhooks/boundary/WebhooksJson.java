package nl.shopfloor.webhooks.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.shopfloor.CachedJson;
import nl.shopfloor.JsonBody;
import nl.shopfloor.webhooks.control.DeliveryLog;
import nl.shopfloor.webhooks.control.Subscriptions;
import nl.shopfloor.webhooks.entity.DeliveryStatus;
import nl.shopfloor.webhooks.entity.EventType;
import nl.shopfloor.webhooks.entity.WebhookDelivery;
import nl.shopfloor.webhooks.entity.WebhookSubscription;

/** The shop API's JSON of webhook subscriptions and deliveries (docs/webhooks.md, openapi.json). */
final class WebhooksJson {

    static final String EXAMPLE = "{\"url\": \"https://shop.example.com/shopfloor-webhooks\", \"events\": [\"message.created\"], \"enabled\": true}";
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9._:#@+-]{1,64}");

    private WebhooksJson() {
    }

    /** The shop's own id of a subscription, from the path. */
    static String ref(String ref) {
        if (ref == null || !REF.matcher(ref).matches()) {
            throw JsonBody.badRequest("A webhook id is 1 to 64 ASCII letters, digits or . _ : # @ + -");
        }
        return ref;
    }

    record Input(String url, Set<EventType> events, boolean enabled) {
    }

    static Input input(JsonObject body) {
        JsonObject json = JsonBody.required(body, EXAMPLE);
        String url = JsonBody.text(json, "url", WebhookSubscription.MAX_URL);
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        for (String name : JsonBody.strings(json, "events", EventType.values().length, 40)) {
            events.add(EventType.ofWireName(name).filter(EventType::isSubscribable).orElseThrow(() -> JsonBody.badRequest(
                    "'events' holds conversation.started, conversation.closed, message.created, contact_message.created,"
                            + " callback.requested or survey.answered")));
        }
        JsonValue enabled = json.get("enabled");
        if (enabled != null && enabled != JsonValue.TRUE && enabled != JsonValue.FALSE && enabled != JsonValue.NULL) {
            throw JsonBody.badRequest("'enabled' is true or false");
        }
        return new Input(url, events, enabled != JsonValue.FALSE);
    }

    /** {@code status}: a status in lower case, or null for all. */
    static DeliveryStatus status(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        try {
            return DeliveryStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw JsonBody.badRequest("'status' is queued, delivered, parked or skipped");
        }
    }

    static JsonObject toJson(Subscriptions.Shown shown) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder(toJson(shown.subscription()));
        if (shown.secret() != null) {
            json.add("secret", shown.secret());
        }
        return json.build();
    }

    static JsonObject toJson(WebhookSubscription subscription) {
        var events = CachedJson.createArrayBuilder();
        subscription.types().forEach(type -> events.add(type.wireName()));
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("id", subscription.ref()).add("url", subscription.url())
                .add("events", events).add("enabled", subscription.isEnabled()).add("verified", subscription.isVerified())
                .add("createdAt", subscription.createdAt().toString());
        instant(json, "verifiedAt", subscription.verifiedAt());
        return json.build();
    }

    static JsonObject toJson(DeliveryLog.Listing listing) {
        var deliveries = CachedJson.createArrayBuilder();
        listing.entries().forEach(entry -> deliveries.add(toJson(entry.delivery(), entry.webhook())));
        return CachedJson.createObjectBuilder().add("deliveries", deliveries).add("total", listing.total()).build();
    }

    static JsonObject toJson(WebhookDelivery delivery, String webhook) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder().add("id", delivery.id()).add("event", delivery.eventType().wireName())
                .add("status", delivery.status().name().toLowerCase(Locale.ROOT)).add("attempts", delivery.attempts())
                .add("createdAt", delivery.createdAt().toString());
        if (webhook != null) {
            json.add("webhook", webhook);
        }
        if (delivery.lastStatusCode() != null) {
            json.add("lastStatusCode", delivery.lastStatusCode());
        }
        if (delivery.lastError() != null) {
            json.add("lastError", delivery.lastError());
        }
        instant(json, delivery.status() == DeliveryStatus.QUEUED ? "nextAttemptAt" : null, delivery.nextAttemptAt());
        instant(json, "deliveredAt", delivery.deliveredAt());
        return json.build();
    }

    private static void instant(JsonObjectBuilder json, String name, Instant at) {
        if (name != null && at != null) {
            json.add(name, at.toString());
        }
    }
}
