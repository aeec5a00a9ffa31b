package nl.shopfloor.webhooks.entity;

/**
 * QUEUED: on the JMS queue, possibly between attempts. DELIVERED: the receiver answered 2xx. PARKED: every attempt
 * failed, kept until someone presses retry. SKIPPED: its subscription was disabled or lost its verification before
 * the attempt, so nothing was sent.
 */
public enum DeliveryStatus {
    QUEUED, DELIVERED, PARKED, SKIPPED
}
