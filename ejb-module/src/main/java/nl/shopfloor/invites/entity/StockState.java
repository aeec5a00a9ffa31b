package nl.shopfloor.invites.entity;

public enum StockState {
    IN_STOCK, OUT_OF_STOCK, UNKNOWN
}
