package nl.shopfloor.commerce.control;

import jakarta.ejb.ApplicationException;

/** A key operation that cannot be done: the reason for a screen to put in the admin's language, the message for the API. */
@ApplicationException(rollback = true)
public class KeyRefused extends RuntimeException {

    public enum Reason { TOO_MANY_KEYS, NO_SUCH_KEY, REVOKED_ALREADY }

    private final Reason reason;

    public KeyRefused(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
