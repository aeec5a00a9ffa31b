package nl.shopfloor.webhooks.control;

/** A shop's subscriptions changed (made, edited, verified, deleted): seen by {@link Receivers} once it commits. */
public record SubscriptionsChanged(String shopId) {
}
