package nl.shopfloor.capacity.control;

/** A chat slot was taken or freed, or the cap changed: availability may have changed. */
public record CapacityChanged(String shopId) {
}
