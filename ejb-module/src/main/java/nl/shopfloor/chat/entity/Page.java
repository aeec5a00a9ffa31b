package nl.shopfloor.chat.entity;

/** The shop page the shopper was on. */
public record Page(String url, String title) {

    public static final Page UNKNOWN = new Page(null, null);

    /** URL and title together: where routing looks for brands. */
    public String text() {
        return (url == null ? "" : url) + " " + (title == null ? "" : title);
    }
}
