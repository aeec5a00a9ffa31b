package nl.shopfloor.agents.control;

import jakarta.ejb.ApplicationException;

/** A roster change that is not made; the transaction rolls back, so nothing is half-saved. */
@ApplicationException(rollback = true)
public class RosterRefused extends RuntimeException {

    public enum Reason {
        NO_AGENT, NO_SHIFT, OVERLAP, INVALID
    }

    private final Reason reason;

    public RosterRefused(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
