package nl.shopfloor.loadtest;

import static nl.shopfloor.loadtest.JsonSocket.JSON;

import jakarta.json.JsonObject;

/** The demo shop the chat drivers' shoppers visit: its pages, the topics they start chats on, and the widget's hello. */
final class DemoShop {

    /** Url and title of the pages, one after the other by shopper index. */
    private static final String[][] PAGES = {
            {"/demo/en.html", "Dell XPS 13 laptop | Demo ICT shop"},
            {"/demo/en.html", "MacBook Air 13 M3 | Demo ICT shop"},
            {"/demo/en.html", "My order | Demo ICT shop"},
            {"/demo/en.html", "Warranty and returns | Demo ICT shop"},
    };
    private static final String[] TOPICS = {"product", "product", "order", "service"};

    private DemoShop() {
    }

    /** The widget's hello from shopper {@code index}'s page. */
    static JsonObject hello(String origin, int index) {
        String[] page = PAGES[index % PAGES.length];
        return JSON.createObjectBuilder().add("type", "hello").add("lang", "en").add("lastSeq", 0)
                .add("page", JSON.createObjectBuilder().add("url", origin + page[0]).add("title", page[1])).build();
    }

    /**
     * Shopper {@code index}'s client address, sent as {@code X-Forwarded-For} (the server trusts it from 127.0.0.1 with
     * {@code SHOPFLOOR_TRUSTED_PROXIES}): the per-address limits see many shoppers, as on a real site.
     */
    static String address(int index) {
        int n = index + 1;
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** The topic shopper {@code index} starts a chat on. */
    static String topic(int index) {
        return TOPICS[index % TOPICS.length];
    }
}
