package nl.shopfloor.notifications.control;

import jakarta.ejb.ApplicationException;

/** A subscription that is not stored, with the reason for the 400 (N3). */
@ApplicationException(rollback = true)
public class SubscriptionRefused extends RuntimeException {

    public SubscriptionRefused(String reason) {
        super(reason, null, false, false);
    }
}
