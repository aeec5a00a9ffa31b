package nl.shopfloor.agents.control;

import jakarta.ejb.ApplicationException;

/** A change to agents or teams that is not made; the whole transaction rolls back, so nothing is half-saved. */
@ApplicationException(rollback = true)
public class AccountRefused extends RuntimeException {

    public enum Reason {
        USERNAME_TAKEN, TEAM_NAME_TAKEN, NOT_IN_SHOP, INVALID
    }

    private final Reason reason;

    public AccountRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
