package nl.shopfloor.commerce.control;

import java.math.BigDecimal;

/**
 * A shopper who talks before buying and buys a lot, worth a personal touch (commerce M6): at least 3 earlier
 * conversations on at least 2 question types, and a lifetime value above 5 times the shop's average order value.
 */
public final class RelationalBuyer {

    static final int MIN_EARLIER_CONVERSATIONS = 3;
    static final int MIN_TOPICS = 2;
    static final BigDecimal AVERAGE_ORDERS = BigDecimal.valueOf(5);

    private RelationalBuyer() {
    }

    /** Whether the talk alone qualifies: then, and only then, is the shop's average order value worth reading. */
    public static boolean talksEnough(int earlierConversations, long topics) {
        return earlierConversations >= MIN_EARLIER_CONVERSATIONS && topics >= MIN_TOPICS;
    }

    /** {@code lifetimeValue}, {@code shopAverageOrderValue}: null when unknown, which never qualifies. */
    public static boolean is(int earlierConversations, long topics, BigDecimal lifetimeValue, BigDecimal shopAverageOrderValue) {
        return talksEnough(earlierConversations, topics) && lifetimeValue != null && shopAverageOrderValue != null
                && lifetimeValue.compareTo(shopAverageOrderValue.multiply(AVERAGE_ORDERS)) > 0;
    }
}
