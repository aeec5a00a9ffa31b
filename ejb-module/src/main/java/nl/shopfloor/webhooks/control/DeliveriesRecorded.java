package nl.shopfloor.webhooks.control;

import java.util.List;

/** Deliveries written in this transaction; they go on the queue once it commits. */
public record DeliveriesRecorded(List<String> deliveryIds) {
}
