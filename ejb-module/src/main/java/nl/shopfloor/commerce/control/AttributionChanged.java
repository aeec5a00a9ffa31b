package nl.shopfloor.commerce.control;

/** A shop's attribution window changed, in the transaction still under way. */
public record AttributionChanged(String shopId) {
}
