package nl.shopfloor.invites.control;

import static nl.shopfloor.invites.control.Shopping.NOW;
import static nl.shopfloor.invites.control.Shopping.shopper;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import nl.shopfloor.invites.entity.DeviceType;
import nl.shopfloor.invites.entity.PageType;
import nl.shopfloor.invites.entity.StockState;
import org.junit.jupiter.api.Test;

/** Every condition type, parsed from its JSON as a rule holds it, on activities just on either side of its boundary. */
class ConditionsTest {

    private static boolean holds(String json, Shopping shopping) {
        return ConditionParser.parse(json).test(shopping.activity());
    }

    @Test
    void urlWildcardsMatchTheWholeUrlAndExclusionsWin() {
        String faq = "{\"type\":\"url\",\"matches\":[\"*/faq*\"],\"except\":[\"*/faq/contact\"]}";
        assertThat(holds(faq, shopper().on("https://shop.example/faq/returns"))).as("I1").isTrue();
        assertThat(holds(faq, shopper().on("https://shop.example/faq"))).as("I1").isTrue();
        assertThat(holds(faq, shopper().on("https://shop.example/faq/contact"))).as("I1 excluded").isFalse();
        assertThat(holds(faq, shopper().on("https://shop.example/help"))).as("I1").isFalse();
        String exact = "{\"type\":\"url\",\"matches\":[\"https://shop.example/cart\"]}";
        assertThat(holds(exact, shopper().on("https://shop.example/cart"))).as("I1 no star: equal").isTrue();
        assertThat(holds(exact, shopper().on("https://shop.example/cart/x"))).as("I1 no star: equal").isFalse();
        String middle = "{\"type\":\"url\",\"matches\":[\"https://*.example/*/p-*.html\"]}";
        assertThat(holds(middle, shopper().on("https://shop.example/laptops/p-12.html"))).as("I1").isTrue();
        assertThat(holds(middle, shopper().on("https://shop.example/laptops/p-12.htm"))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"url\",\"matches\":[\"ab*ba\"]}", shopper().on("aba"))).as("I1 prefix and suffix may not overlap").isFalse();
    }

    @Test
    void urlRegexesAreFoundAnywhere() {
        String regex = "{\"type\":\"url\",\"matches\":[\"re:/p/\\\\d+$\"],\"except\":[\"re:[?&]preview=\"]}";
        assertThat(holds(regex, shopper().on("https://shop.example/p/123"))).as("I1").isTrue();
        assertThat(holds(regex, shopper().on("https://shop.example/p/123x"))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"url\",\"matches\":[\"re:/p/\\\\d+\"],\"except\":[\"re:[?&]preview=\"]}",
                shopper().on("https://shop.example/p/123?preview=1"))).as("I1 excluded").isFalse();
    }

    @Test
    void aCostlyRegexThatPassesTheCheckCountsAsNoMatchInsteadOfHanging() {
        String alternation = "{\"type\":\"url\",\"matches\":[\"re:^(a|aa)*b$\"]}";
        assertThat(holds(alternation, shopper().on("a".repeat(5000)))).as("I1 read budget").isFalse();
        assertThat(holds(alternation, shopper().on("aaab"))).as("I1").isTrue();
    }

    @Test
    void referrerPatterns() {
        String google = "{\"type\":\"referrer\",\"matches\":[\"https://www.google.*\"]}";
        assertThat(holds(google, shopper().from("https://www.google.nl/search?q=laptop"))).as("I1").isTrue();
        assertThat(holds(google, shopper().from("https://duckduckgo.com/"))).as("I1").isFalse();
        assertThat(holds(google, shopper())).as("I1 no referrer").isFalse();
    }

    @Test
    void pageType() {
        String cartOrFaq = "{\"type\":\"pageType\",\"in\":[\"cart\",\"FAQ\"]}";
        assertThat(holds(cartOrFaq, shopper().page(PageType.FAQ))).as("I1").isTrue();
        assertThat(holds(cartOrFaq, shopper().page(PageType.CHECKOUT))).as("I1").isFalse();
    }

    @Test
    void timesOnPageAndSiteAndIdleCountFromTheirSecondOn() {
        assertThat(holds("{\"type\":\"timeOnPage\",\"seconds\":45}", shopper().onPageFor(45))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"timeOnPage\",\"seconds\":45}", shopper().onPageFor(44))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"timeOnSite\",\"seconds\":300}", shopper().onSiteFor(300))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"timeOnSite\",\"seconds\":300}", shopper().onSiteFor(299))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"idle\",\"seconds\":60}", shopper().idleFor(60))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"idle\",\"seconds\":60}", shopper().idleFor(59))).as("I1").isFalse();
    }

    @Test
    void productPageWithoutAddToCart() {
        String twoMinutes = "{\"type\":\"productPageWithoutAddToCart\",\"seconds\":120}";
        assertThat(holds(twoMinutes, shopper().product("sku-1", StockState.IN_STOCK).onPageFor(120))).as("I1").isTrue();
        assertThat(holds(twoMinutes, shopper().product("sku-1", StockState.IN_STOCK).onPageFor(119))).as("I1").isFalse();
        assertThat(holds(twoMinutes, shopper().product("sku-1", StockState.IN_STOCK).onPageFor(600).addedToCart())).as("I1").isFalse();
        assertThat(holds(twoMinutes, shopper().page(PageType.CATEGORY).onPageFor(600))).as("I1 not a product page").isFalse();
    }

    @Test
    void cartAndLifetimeValue() {
        assertThat(holds("{\"type\":\"cartValue\",\"atLeast\":100}", shopper().cart("100.00"))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"cartValue\",\"atLeast\":100}", shopper().cart("99.99"))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"lifetimeValue\",\"atLeast\":500.5}", shopper().customer("vip", "500.50"))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"lifetimeValue\",\"atLeast\":500.5}", shopper().customer("vip", "500.49"))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"lifetimeValue\",\"atLeast\":0}", shopper())).as("I1 not identified").isFalse();
    }

    @Test
    void outOfStockAndTheSameProductAgain() {
        assertThat(holds("{\"type\":\"outOfStockViewed\"}", shopper().product("sku-1", StockState.OUT_OF_STOCK))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"outOfStockViewed\"}", shopper().product("sku-1", StockState.UNKNOWN))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"productViewedAgain\"}", shopper().product("sku-1", StockState.IN_STOCK).productSeenBefore())).as("I1").isTrue();
        assertThat(holds("{\"type\":\"productViewedAgain\"}", shopper().product("sku-1", StockState.IN_STOCK))).as("I1").isFalse();
    }

    @Test
    void aShopEventSeenSoManyTimesWithinTheWindow() {
        String thrice = "{\"type\":\"event\",\"name\":\"size_guide\",\"times\":3,\"withinSeconds\":60}";
        Shopping threeInAMinute = shopper().event("size_guide", NOW.minusSeconds(59)).event("size_guide", NOW.minusSeconds(30))
                .event("other", NOW.minusSeconds(20)).event("size_guide", NOW);
        assertThat(holds(thrice, threeInAMinute)).as("I1").isTrue();
        Shopping oneTooEarly = shopper().event("size_guide", NOW.minusSeconds(60)).event("size_guide", NOW.minusSeconds(30))
                .event("size_guide", NOW);
        assertThat(holds(thrice, oneTooEarly)).as("I1 the window's start is outside it").isFalse();
        assertThat(holds(thrice, shopper().event("size_guide", NOW).event("size_guide", NOW).event("other", NOW))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"event\",\"name\":\"size_guide\",\"withinSeconds\":10}", shopper().event("size_guide", NOW.minusSeconds(5))))
                .as("I1 once by default").isTrue();
        assertThat(holds("{\"type\":\"event\",\"name\":\"size_guide\",\"withinSeconds\":10}", shopper().event("size_guide", NOW.plusSeconds(1))))
                .as("I1 not after the activity").isFalse();
    }

    @Test
    void exitIntentPagesAndScrolling() {
        assertThat(holds("{\"type\":\"exitIntent\"}", shopper().leaving())).as("I1").isTrue();
        assertThat(holds("{\"type\":\"exitIntent\"}", shopper())).as("I1").isFalse();
        assertThat(holds("{\"type\":\"pagesViewed\",\"atLeast\":3}", shopper().pagesViewed(3))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"pagesViewed\",\"atLeast\":3}", shopper().pagesViewed(2))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"scrollDepth\",\"atLeast\":75}", shopper().scrolled(75))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"scrollDepth\",\"atLeast\":75}", shopper().scrolled(74))).as("I1").isFalse();
    }

    @Test
    void newOrReturningVisitor() {
        assertThat(holds("{\"type\":\"visitor\",\"is\":\"returning\"}", shopper().returning())).as("I1").isTrue();
        assertThat(holds("{\"type\":\"visitor\",\"is\":\"returning\"}", shopper())).as("I1").isFalse();
        assertThat(holds("{\"type\":\"visitor\",\"is\":\"new\"}", shopper())).as("I1").isTrue();
        assertThat(holds("{\"type\":\"visitor\",\"is\":\"new\"}", shopper().returning())).as("I1").isFalse();
    }

    @Test
    void aConversationBeforeEverOrWithinDays() {
        assertThat(holds("{\"type\":\"conversationBefore\"}", shopper().chattedBefore(1, NOW.minus(Duration.ofDays(400))))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"conversationBefore\"}", shopper())).as("I1").isFalse();
        String lastMonth = "{\"type\":\"conversationBefore\",\"withinDays\":30}";
        assertThat(holds(lastMonth, shopper().chattedBefore(2, NOW.minus(Duration.ofDays(30))))).as("I1").isTrue();
        assertThat(holds(lastMonth, shopper().chattedBefore(2, NOW.minus(Duration.ofDays(30)).minusSeconds(1)))).as("I1").isFalse();
    }

    @Test
    void segmentLanguageAndDevice() {
        assertThat(holds("{\"type\":\"segment\",\"in\":[\"VIP\"]}", shopper().customer("vip", "10"))).as("I1 any case").isTrue();
        assertThat(holds("{\"type\":\"segment\",\"in\":[\"vip\"]}", shopper().customer("b2b", "10"))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"segment\",\"in\":[\"vip\"]}", shopper())).as("I1 not identified").isFalse();
        assertThat(holds("{\"type\":\"language\",\"in\":[\"nl\"]}", shopper().speaks("nl-BE"))).as("I1 primary language").isTrue();
        assertThat(holds("{\"type\":\"language\",\"in\":[\"nl\"]}", shopper().speaks("en"))).as("I1").isFalse();
        assertThat(holds("{\"type\":\"device\",\"in\":[\"mobile\",\"tablet\"]}", shopper().using(DeviceType.TABLET))).as("I1").isTrue();
        assertThat(holds("{\"type\":\"device\",\"in\":[\"mobile\",\"tablet\"]}", shopper().using(DeviceType.DESKTOP))).as("I1").isFalse();
    }

    @Test
    void openingHours() {
        assertThat(holds("{\"type\":\"withinOpeningHours\"}", shopper())).as("I1").isTrue();
        assertThat(holds("{\"type\":\"withinOpeningHours\"}", shopper().shopClosed())).as("I1").isFalse();
        assertThat(holds("{\"type\":\"outsideOpeningHours\"}", shopper().shopClosed())).as("I1").isTrue();
    }

    @Test
    void allAndAnyCombineAndNest() {
        String rule = "{\"type\":\"all\",\"of\":[{\"type\":\"pageType\",\"in\":[\"cart\"]},"
                + "{\"type\":\"any\",\"of\":[{\"type\":\"idle\",\"seconds\":60},{\"type\":\"exitIntent\"}]}]}";
        assertThat(holds(rule, shopper().page(PageType.CART).idleFor(60))).as("I1").isTrue();
        assertThat(holds(rule, shopper().page(PageType.CART).leaving())).as("I1").isTrue();
        assertThat(holds(rule, shopper().page(PageType.CART))).as("I1 neither of any").isFalse();
        assertThat(holds(rule, shopper().page(PageType.FAQ).idleFor(60).leaving())).as("I1 not all").isFalse();
        assertThat(holds("{\"type\":\"all\",\"of\":[]}", shopper())).as("I1 all of nothing always holds").isTrue();
    }
}
