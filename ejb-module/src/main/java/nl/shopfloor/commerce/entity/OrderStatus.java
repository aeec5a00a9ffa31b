package nl.shopfloor.commerce.entity;

import java.util.Arrays;
import java.util.List;

/** Cancelled and refunded orders leave revenue. */
public enum OrderStatus {
    PLACED, PAID, CANCELLED, REFUNDED;

    public boolean countsAsRevenue() {
        return this == PLACED || this == PAID;
    }

    /** The statuses that count as revenue, for queries. */
    public static List<OrderStatus> revenue() {
        return Arrays.stream(values()).filter(OrderStatus::countsAsRevenue).toList();
    }
}
