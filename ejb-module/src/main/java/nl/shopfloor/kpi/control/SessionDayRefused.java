package nl.shopfloor.kpi.control;

import jakarta.ejb.ApplicationException;

/** A shop's session count for a day that is too far back or still to come in the shop's own time zone. */
@ApplicationException(rollback = true)
public class SessionDayRefused extends RuntimeException {

    public SessionDayRefused(String message) {
        super(message, null, false, false);
    }
}
