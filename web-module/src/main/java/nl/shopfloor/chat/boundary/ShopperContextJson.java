package nl.shopfloor.chat.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.shopfloor.CachedJson;
import nl.shopfloor.chat.entity.ShopperContext;

/**
 * Where the shopper is and their cart (C20), as the agent's customer panel reads it and as it is pushed when it
 * changes: {@code page} and {@code cart} are null while the widget has not reported them.
 */
public final class ShopperContextJson {

    private ShopperContextJson() {
    }

    public static JsonObject of(ShopperContext context) {
        JsonObjectBuilder json = CachedJson.createObjectBuilder();
        context.currentPage().ifPresentOrElse(page -> json.add("page", CachedJson.createObjectBuilder()
                .add("url", page.url()).add("title", page.title() == null ? "" : page.title())
                .add("since", context.movedAt().toString())), () -> json.addNull("page"));
        context.cart().ifPresentOrElse(cart -> json.add("cart", CachedJson.createObjectBuilder(cart.toJson())
                .add("at", context.cartAt().toString())), () -> json.addNull("cart"));
        return json.build();
    }

    static JsonObject changed(ShopperContext context) {
        return CachedJson.createObjectBuilder(of(context)).add("type", "shopper")
                .add("conversation", context.conversationId()).build();
    }
}
