package nl.shopfloor.commerce.control;

import jakarta.ejb.ApplicationException;

/** A key operation that cannot be done; the message says why, for the admin. */
@ApplicationException(rollback = true)
public class KeyRefused extends RuntimeException {

    public KeyRefused(String reason) {
        super(reason, null, false, false);
    }
}
