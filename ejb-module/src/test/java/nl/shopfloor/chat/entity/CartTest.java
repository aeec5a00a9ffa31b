package nl.shopfloor.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CartTest {

    @Test
    void keepsOnlyTheFieldsItKnowsAndReadsItsOwnJsonBack() {
        Cart cart = Cart.fromJson(json("{\"items\": [{\"sku\": \" XPS13 \", \"name\": \"Dell\\u0007 XPS 13\", \"quantity\": 2,"
                + " \"price\": 800.00, \"script\": \"<b>\"}], \"total\": 1600, \"currency\": \"EUR\", \"extra\": true}"));
        assertThat(cart.lines()).containsExactly(new Cart.Line("XPS13", "Dell  XPS 13", 2, new BigDecimal("800.00")));
        assertThat(cart.toJson().toString()).as("C20 nothing but the known fields").doesNotContain("script").doesNotContain("extra");
        assertThat(Cart.fromJson(cart.toJson())).isEqualTo(cart);
    }

    @Test
    void refusesWhatNoShopWouldSend() {
        assertThatThrownBy(() -> Cart.fromJson(json("{}"))).hasMessageContaining("'items'");
        assertThatThrownBy(() -> Cart.fromJson(json("{\"items\": [{\"quantity\": 1}]}"))).hasMessageContaining("'sku' or a 'name'");
        assertThatThrownBy(() -> Cart.fromJson(json("{\"items\": [{\"sku\": \"A\", \"quantity\": 1.5}]}"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Cart.fromJson(json("{\"items\": [{\"sku\": \"A\", \"quantity\": 0}]}"))).hasMessageContaining("quantity");
        assertThatThrownBy(() -> Cart.fromJson(json("{\"items\": [{\"sku\": \"A\", \"quantity\": 1, \"price\": -1}]}")))
                .hasMessageContaining("'price'");
        assertThatThrownBy(() -> Cart.fromJson(json("{\"items\": [], \"currency\": \"euro\"}"))).hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Cart.fromJson(json("{\"items\": [{\"sku\": \"" + "x".repeat(101) + "\", \"quantity\": 1}]}")))
                .hasMessageContaining("at most 100");
        StringBuilder many = new StringBuilder("{\"items\": [");
        for (int i = 0; i <= Cart.MAX_LINES; i++) {
            many.append(i == 0 ? "" : ",").append("{\"sku\": \"A\", \"quantity\": 1}");
        }
        assertThatThrownBy(() -> Cart.fromJson(json(many + "]}"))).hasMessageContaining("at most 50 lines");
    }

    @Test
    void aContextChangesOnlyWhenThereIsNews() {
        Page start = new Page("https://shop.example/laptops", "Laptops");
        ShopperContext context = new ShopperContext("c1");
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(context.moved(start, start, now)).as("a reload of the page the chat started on").isFalse();
        assertThat(context.currentPage()).isEmpty();
        assertThat(context.moved(new Page("https://shop.example/docks", "Docks"), start, now)).isTrue();
        assertThat(context.moved(new Page("https://shop.example/docks", "Docks"), start, now.plusSeconds(5))).isFalse();
        assertThat(context.movedAt()).isEqualTo(now);
        assertThat(context.moved(start, start, now.plusSeconds(9))).as("back on the first page is news").isTrue();
        assertThat(context.moved(new Page(null, null), start, now)).isFalse();

        Cart cart = Cart.fromJson(json("{\"items\": [{\"sku\": \"A\", \"quantity\": 1}]}"));
        assertThat(context.cart(cart, now)).isTrue();
        assertThat(context.cart(Cart.fromJson(json("{\"items\": [{\"sku\": \"A\", \"quantity\": 1}]}")), now.plusSeconds(1))).isFalse();
        assertThat(context.cart()).contains(cart);
        assertThat(context.cartAt()).isEqualTo(now);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
