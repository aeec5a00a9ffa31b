package nl.shopfloor.commerce.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import nl.shopfloor.CachedJson;
import nl.shopfloor.chat.boundary.ShopperContextJson;
import nl.shopfloor.chat.entity.PastConversation;
import nl.shopfloor.commerce.control.CustomerPanel;
import nl.shopfloor.commerce.entity.CustomerData;
import nl.shopfloor.commerce.entity.OrderData;
import nl.shopfloor.offline.entity.ContactMessage;

/**
 * The panel as the dashboard reads it. Visitor ids are bearer tokens (chat C4) and stay out; whatever the shop
 * or the shopper wrote is sent as typed, the dashboard strips bidi controls when it shows it (chat C14).
 */
final class CustomerPanelJson {

    private CustomerPanelJson() {
    }

    static JsonObject toJson(CustomerPanel panel, Map<String, String> texts) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder()
                .add("conversation", panel.conversation().id())
                .add("visitor", CachedJson.createObjectBuilder().add("name", panel.visitorName())
                        .add("email", orEmpty(panel.visitorEmail())))
                .add("page", CachedJson.createObjectBuilder().add("url", orEmpty(panel.conversation().page().url()))
                        .add("title", orEmpty(panel.conversation().page().title())))
                .add("now", panel.now() == null ? JsonValue.NULL : ShopperContextJson.of(panel.now()))
                .add("stage", lower(panel.stage()))
                .add("relationalBuyer", panel.relationalBuyer());
        if (panel.customer() == null) {
            json.addNull("customer");
        } else {
            json.add("customer", customer(panel.customer()));
        }
        if (panel.lifetimeValue() == null) {
            json.addNull("lifetimeValue");
        } else {
            JsonObjectBuilder value = CachedJson.createObjectBuilder().add("amount", panel.lifetimeValue())
                    .add("source", panel.lifetimeValueByShop() ? "shop" : "orders");
            json.add("lifetimeValue", panel.currency() == null ? value : value.add("currency", panel.currency()));
        }
        JsonArrayBuilder orders = CachedJson.createArrayBuilder();
        panel.orders().forEach(order -> orders.add(order(order)));
        JsonArrayBuilder conversations = CachedJson.createArrayBuilder();
        panel.earlierConversations().forEach(past -> conversations.add(past(past, texts)));
        JsonArrayBuilder contacts = CachedJson.createArrayBuilder();
        panel.contactMessages().forEach(message -> contacts.add(contact(message, texts)));
        return json.add("orders", orders).add("conversations", conversations).add("contactMessages", contacts).build();
    }

    private static JsonObject customer(CustomerData customer) {
        return CachedJson.createObjectBuilder().add("id", customer.ref()).add("name", orEmpty(customer.name()))
                .add("email", orEmpty(customer.email())).add("company", orEmpty(customer.company()))
                .add("segment", orEmpty(customer.segment())).build();
    }

    private static JsonObject order(OrderData order) {
        JsonArrayBuilder lines = CachedJson.createArrayBuilder();
        order.lines().forEach(line -> lines.add(CachedJson.createObjectBuilder().add("sku", line.sku()).add("name", line.name())
                .add("quantity", line.quantity()).add("price", line.unitPrice())));
        return CachedJson.createObjectBuilder().add("id", order.ref()).add("placedAt", order.placedAt().toString())
                .add("status", lower(order.status())).add("totalExclVat", order.totalExclVat())
                .add("totalInclVat", order.totalInclVat()).add("currency", order.currency()).add("lines", lines).build();
    }

    private static JsonObject past(PastConversation past, Map<String, String> texts) {
        return CachedJson.createObjectBuilder().add("startedAt", past.startedAt().toString())
                .add("topic", topicLabel(past.topic(), texts)).add("agent", orEmpty(past.agentName()))
                .add("status", lower(past.status())).add("messages", past.messages()).build();
    }

    private static JsonObject contact(ContactMessage message, Map<String, String> texts) {
        return CachedJson.createObjectBuilder().add("createdAt", message.createdAt().toString())
                .add("kind", lower(message.kind())).add("topic", topicLabel(message.topic(), texts))
                .add("text", message.text()).add("handled", message.isHandled()).build();
    }

    private static String topicLabel(String topic, Map<String, String> texts) {
        return texts.getOrDefault("topic." + topic, topic);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
