package nl.shopfloor.commerce.entity;

import java.util.List;

/** Cancelled and refunded orders leave revenue. */
public enum OrderStatus {
    PLACED, PAID, CANCELLED, REFUNDED;

    public boolean countsAsRevenue() {
        return this == PLACED || this == PAID;
    }

    public static List<OrderStatus> revenue() {
        return List.of(PLACED, PAID);
    }
}
