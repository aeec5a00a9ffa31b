package nl.shopfloor.chat.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import nl.shopfloor.invites.entity.Activity;
import nl.shopfloor.invites.entity.DeviceType;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.Shopper;
import nl.shopfloor.invites.entity.StockState;
import org.junit.jupiter.api.Test;

class ActivityFramesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Shopper NEWCOMER = new Shopper("v1", false, 0, null, null, null);

    private static ActivityFrames.Known known(Duration socketAge) {
        return new ActivityFrames.Known(NOW, NOW.minus(socketAge), "nl", NEWCOMER, true);
    }

    private static JsonObject frame(String page, String visit) {
        return Frames.parse("{\"type\":\"activity\",\"session\":\"s12345678\",\"page\":{" + page + "},\"visit\":{" + visit + "}}");
    }

    private static Activity read(String page, String visit) {
        return ActivityFrames.activity(frame(page, visit), known(Duration.ofMinutes(10)));
    }

    private static void refused(String page, String visit, String field) {
        assertThatThrownBy(() -> read(page, visit)).isInstanceOf(InvalidFrame.class)
                .satisfies(e -> assertThat(((InvalidFrame) e).code()).isEqualTo("invalid"))
                .hasMessageContaining("'" + field + "'");
    }

    @Test
    void readsEveryFieldTheWidgetSends() {
        Activity activity = read("\"url\":\"https://shop.example/p/1\",\"type\":\"product\",\"productId\":\"P1\",\"price\":1149.5,"
                        + "\"stock\":\"out_of_stock\",\"addedToCart\":true,\"onPage\":130,\"idle\":61,\"scroll\":80,\"exitIntent\":true,\"seenBefore\":true",
                "\"onSite\":400,\"views\":3,\"cart\":{\"value\":99.95,\"items\":2},\"referrer\":\"https://search.example/\",\"device\":\"tablet\","
                        + "\"returning\":true,\"events\":[{\"name\":\"add_to_cart\",\"ago\":5000},{\"name\":\"wishlist\",\"ago\":1000}]");
        assertThat(activity.at()).as("I12 the server's time").isEqualTo(NOW);
        assertThat(activity.page().type()).isEqualTo(PageType.PRODUCT);
        assertThat(activity.page().productId()).isEqualTo("P1");
        assertThat(activity.page().price()).isEqualByComparingTo("1149.5");
        assertThat(activity.page().stock()).isEqualTo(StockState.OUT_OF_STOCK);
        assertThat(activity.page().addedToCart()).isTrue();
        assertThat(activity.page().timeOnPage()).isEqualTo(Duration.ofSeconds(130));
        assertThat(activity.page().idle()).isEqualTo(Duration.ofSeconds(61));
        assertThat(activity.page().scrollDepth()).isEqualTo(80);
        assertThat(activity.page().exitIntent()).isTrue();
        assertThat(activity.page().productSeenBefore()).isTrue();
        assertThat(activity.visit().sessionId()).isEqualTo("s12345678");
        assertThat(activity.visit().timeOnSite()).isEqualTo(Duration.ofSeconds(400));
        assertThat(activity.visit().pageViews()).isEqualTo(3);
        assertThat(activity.visit().cartValue()).isEqualByComparingTo("99.95");
        assertThat(activity.visit().cartItems()).isEqualTo(2);
        assertThat(activity.visit().referrer()).isEqualTo("https://search.example/");
        assertThat(activity.visit().device()).isEqualTo(DeviceType.TABLET);
        assertThat(activity.visit().language()).as("the hello's language").isEqualTo("nl");
        assertThat(activity.visit().withinOpeningHours()).isTrue();
        assertThat(activity.visit().events()).as("I12 oldest first, at the server's time less 'ago'")
                .extracting(e -> e.name() + "@" + e.at())
                .containsExactly("add_to_cart@2026-12-02T09:59:55Z", "wishlist@2026-12-02T09:59:59Z");
        assertThat(activity.shopper().returning()).as("the widget remembers an earlier session").isTrue();
    }

    @Test
    void leavesOutWhatIsOptional() {
        Activity activity = read("\"url\":\"https://shop.example/\"", "");
        assertThat(activity.page().type()).isEqualTo(PageType.OTHER);
        assertThat(activity.page().stock()).isEqualTo(StockState.UNKNOWN);
        assertThat(activity.page().price()).isNull();
        assertThat(activity.visit().cartValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(activity.visit().device()).isEqualTo(DeviceType.DESKTOP);
        assertThat(activity.visit().events()).isEmpty();
        assertThat(activity.shopper()).isEqualTo(NEWCOMER);
    }

    @Test
    void holdsTheWidgetsTimesToWhatTheSocketSaw() {
        Activity activity = ActivityFrames.activity(frame("\"url\":\"u\",\"onPage\":86400,\"idle\":86400", "\"onSite\":5"),
                known(Duration.ofSeconds(10)));
        assertThat(activity.page().timeOnPage()).as("I12 at most the socket's age plus the time before it opened")
                .isEqualTo(Duration.ofSeconds(10).plus(ActivityFrames.PAGE_BEFORE_SOCKET));
        assertThat(activity.page().idle()).as("idle no longer than the page was open").isEqualTo(activity.page().timeOnPage());
        assertThat(activity.visit().timeOnSite()).as("the site at least as long as the page").isEqualTo(activity.page().timeOnPage());
    }

    @Test
    void refusesEveryBadField() {
        refused("", "", "page.url");
        refused("\"url\":\"" + "x".repeat(ActivityFrames.MAX_URL + 1) + "\"", "", "page.url");
        refused("\"url\":\"u\",\"type\":\"home\"", "", "page.type");
        refused("\"url\":\"u\",\"stock\":\"few\"", "", "page.stock");
        refused("\"url\":\"u\",\"price\":-1", "", "page.price");
        refused("\"url\":\"u\",\"price\":1.00001", "", "page.price");
        refused("\"url\":\"u\",\"price\":\"12\"", "", "page.price");
        refused("\"url\":\"u\",\"onPage\":1.5", "", "page.onPage");
        refused("\"url\":\"u\",\"idle\":-3", "", "page.idle");
        refused("\"url\":\"u\",\"scroll\":101", "", "page.scroll");
        refused("\"url\":\"u\",\"exitIntent\":\"yes\"", "", "page.exitIntent");
        refused("\"url\":\"u\"", "\"views\":1e9", "visit.views");
        refused("\"url\":\"u\"", "\"cart\":[]", "visit.cart");
        refused("\"url\":\"u\"", "\"cart\":{\"items\":-1}", "visit.cart.items");
        refused("\"url\":\"u\"", "\"device\":\"watch\"", "visit.device");
        refused("\"url\":\"u\"", "\"referrer\":\"" + "r".repeat(ActivityFrames.MAX_REFERRER + 1) + "\"", "visit.referrer");
        refused("\"url\":\"u\"", "\"events\":{}", "visit.events");
        refused("\"url\":\"u\"", "\"events\":[" + "{\"name\":\"e\",\"ago\":1},".repeat(ActivityFrames.MAX_EVENTS) + "{\"name\":\"e\",\"ago\":1}]", "visit.events");
        refused("\"url\":\"u\"", "\"events\":[{\"name\":\"<b>\",\"ago\":1}]", "visit.events.name");
        refused("\"url\":\"u\"", "\"events\":[{\"name\":\"e\",\"ago\":" + (ActivityFrames.MAX_AGO_MILLIS + 1) + "}]", "visit.events.ago");
        assertThatThrownBy(() -> ActivityFrames.activity(Frames.parse("{\"type\":\"activity\",\"session\":\"short\",\"page\":{\"url\":\"u\"},\"visit\":{}}"),
                known(Duration.ZERO))).hasMessageContaining("'session'");
        assertThatThrownBy(() -> ActivityFrames.activity(Frames.parse("{\"type\":\"activity\",\"session\":\"s12345678\",\"visit\":{}}"),
                known(Duration.ZERO))).hasMessageContaining("'page'");
    }
}
