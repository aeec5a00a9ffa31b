package nl.shopfloor.chat.entity;

/** The shop page the shopper was on. */
public record Page(String url, String title) {

    public static final Page UNKNOWN = new Page(null, null);
}
