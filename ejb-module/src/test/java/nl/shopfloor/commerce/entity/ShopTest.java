package nl.shopfloor.commerce.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShopTest {

    private final Shop shop = new Shop("demo", "Demo", "nl", "https://www.example.nl self", "order product");

    @Test
    void allowsListedOriginsOnly() {
        assertThat(shop.allowsOrigin("https://www.example.nl", "http://chat.local:8080")).isTrue();
        assertThat(shop.allowsOrigin("https://WWW.example.nl:443", "http://chat.local:8080")).as("default port, case").isTrue();
        assertThat(shop.allowsOrigin("http://www.example.nl", "http://chat.local:8080")).as("other scheme").isFalse();
        assertThat(shop.allowsOrigin("https://www.example.nl.evil.com", "http://chat.local:8080")).isFalse();
        assertThat(shop.allowsOrigin(null, "http://chat.local:8080")).isFalse();
        assertThat(shop.allowsOrigin("null", "http://chat.local:8080")).as("sandboxed iframe").isFalse();
    }

    @Test
    void selfMeansTheServersOwnOrigin() {
        assertThat(shop.allowsOrigin("http://chat.local:8080", "http://chat.local:8080")).isTrue();
        assertThat(shop.allowsOrigin("http://chat.local:8081", "http://chat.local:8080")).isFalse();
    }

    @Test
    void languageFallsBackToTheShopDefault() {
        assertThat(shop.language("en")).isEqualTo("en");
        assertThat(shop.language("de")).isEqualTo("nl");
        assertThat(shop.language(null)).isEqualTo("nl");
    }

    @Test
    void knowsItsTopics() {
        assertThat(shop.hasTopic("order")).isTrue();
        assertThat(shop.hasTopic("service")).isFalse();
    }
}
