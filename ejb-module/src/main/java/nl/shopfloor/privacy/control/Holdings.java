package nl.shopfloor.privacy.control;

/** How much Shopfloor holds about one shopper (P1): what an admin sees before exporting or erasing it. */
public record Holdings(int visitors, int conversations, long messages, int contactMessages, long surveys, int customers, int orders)
        implements java.io.Serializable {

    public boolean isEmpty() {
        return visitors + conversations + contactMessages + customers + orders == 0;
    }
}
