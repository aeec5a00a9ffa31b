package nl.shopfloor.chat.entity;

/** The shop page the shopper was on. */
public record Page(String url, String title) {

    public static final Page UNKNOWN = new Page(null, null);

    /** URL and title together: where routing looks for brands. */
    public String text() {
        return (url == null ? "" : url) + " " + (title == null ? "" : title);
    }

    /** The URL up to its path: a query string or fragment may carry a search, an address, an order number. */
    public static String withoutQuery(String url) {
        if (url == null) {
            return null;
        }
        int cut = url.length();
        for (char end : new char[] {'?', '#'}) {
            int at = url.indexOf(end);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }
}
