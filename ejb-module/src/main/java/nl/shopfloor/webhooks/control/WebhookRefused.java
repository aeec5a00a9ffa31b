package nl.shopfloor.webhooks.control;

import jakarta.ejb.ApplicationException;

/** A subscription or delivery operation that cannot be done: the reason for a screen to put in the admin's language, the message for logs and the API. */
@ApplicationException(rollback = true)
public class WebhookRefused extends RuntimeException {

    public enum Reason { INVALID_URL, PRIVATE_ADDRESS, NO_EVENTS, NO_SUCH_SUBSCRIPTION, NO_SUCH_DELIVERY, DELIVERED_ALREADY, TOO_MANY }

    private final Reason reason;

    public WebhookRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
