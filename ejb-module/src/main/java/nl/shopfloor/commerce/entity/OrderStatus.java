package nl.shopfloor.commerce.entity;

/** Cancelled and refunded orders leave revenue. */
public enum OrderStatus {
    PLACED, PAID, CANCELLED, REFUNDED;

    public boolean countsAsRevenue() {
        return this == PLACED || this == PAID;
    }
}
